from sklearn.ensemble import RandomForestRegressor


def build_and_train(homes, prices):
    features = homes.drop(columns="house_id")
    return RandomForestRegressor(n_estimators=100, random_state=0).fit(features, prices)
