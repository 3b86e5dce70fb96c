import numpy as np


def add_features(homes):
    rooms = homes["rooms"].replace(0, np.nan)
    homes["m2_per_room"] = (homes["area_m2"] / rooms).round(2)
    homes["log_distance"] = np.log1p(homes["distance_km"]).round(3)
    return homes
