from sklearn.cluster import KMeans
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def make_model(k):
    return make_pipeline(StandardScaler(), KMeans(n_clusters=k, n_init=10, random_state=0))


def segment_profiles(customers, k):
    """One row per cluster: mean income, age and visits (rounded to 1) and size, sorted by age, numbered from 0."""
    labels = make_model(k).fit_predict(customers)
    groups = customers.groupby(labels)
    profiles = groups.mean().round(1)
    profiles["size"] = groups.size()
    return profiles.sort_values("age").reset_index(drop=True)
