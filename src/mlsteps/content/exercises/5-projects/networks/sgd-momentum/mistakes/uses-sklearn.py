from sklearn.linear_model import SGDRegressor


def sgd_momentum(X, y, batch_size, lr, momentum, epochs, seed):
    model = SGDRegressor(learning_rate="constant", eta0=lr, max_iter=epochs, random_state=seed, fit_intercept=False)
    return model.fit(X, y).coef_
