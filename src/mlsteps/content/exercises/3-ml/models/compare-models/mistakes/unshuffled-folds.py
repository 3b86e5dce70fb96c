from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.tree import DecisionTreeClassifier


def compare_models(X, y):
    models = {
        "logistic regression": make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)),
        "decision tree": DecisionTreeClassifier(random_state=0),
        "random forest": RandomForestClassifier(n_estimators=50, random_state=0),
    }
    return {name: round(float(cross_val_score(model, X, y, cv=5).mean()), 3) for name, model in models.items()}
