def explore(customers):
    gaps = customers.isna().sum()
    by_plan = (customers.groupby("plan")["churned"].mean() * 100).round(1)
    return {
        "rows": len(customers),
        "churn_rate": round(float(customers["churned"].mean() * 100), 1),
        "missing": {column: int(count) for column, count in gaps[gaps > 0].items()},
        "churn_by_plan": {plan: float(rate) for plan, rate in by_plan.items()},
    }
