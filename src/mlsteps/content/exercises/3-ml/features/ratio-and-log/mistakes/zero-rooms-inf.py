import numpy as np


def add_features(homes):
    table = homes.copy()
    table["m2_per_room"] = (homes["area_m2"] / homes["rooms"]).round(2)
    table["log_distance"] = np.log1p(homes["distance_km"]).round(3)
    return table
