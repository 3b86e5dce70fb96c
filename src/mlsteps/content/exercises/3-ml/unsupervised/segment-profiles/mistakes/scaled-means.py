import pandas as pd
from sklearn.cluster import KMeans
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def make_model(k):
    return make_pipeline(StandardScaler(), KMeans(n_clusters=k, n_init=10, random_state=0))


def segment_profiles(customers, k):
    model = make_model(k)
    labels = model.fit_predict(customers)
    scaled = pd.DataFrame(model[0].transform(customers), columns=customers.columns)
    groups = scaled.groupby(labels)
    profiles = groups.mean().round(1)
    profiles["size"] = groups.size()
    return profiles.sort_values("age").reset_index(drop=True)
