from sklearn.cluster import KMeans
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def make_model(k):
    return make_pipeline(StandardScaler(), KMeans(n_clusters=k, n_init=10, random_state=0))


def segment_profiles(customers, k):
    labels = make_model(k).fit_predict(customers)
    groups = customers.groupby(labels)
    profiles = groups.mean().round(1)
    profiles["size"] = groups.size()
    return profiles.reset_index(drop=True)
