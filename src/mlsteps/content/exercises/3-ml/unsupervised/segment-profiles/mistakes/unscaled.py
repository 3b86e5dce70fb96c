from sklearn.cluster import KMeans


def segment_profiles(customers, k):
    labels = KMeans(n_clusters=k, n_init=10, random_state=0).fit_predict(customers)
    groups = customers.groupby(labels)
    profiles = groups.mean().round(1)
    profiles["size"] = groups.size()
    return profiles.sort_values("age").reset_index(drop=True)
