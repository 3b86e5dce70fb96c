def explore(customers):
    gaps = customers.isna().sum()
    by_plan = customers.groupby("plan")["churned"].mean().round(3)
    return {
        "rows": len(customers),
        "churn_rate": round(float(customers["churned"].mean()), 3),
        "missing": {column: int(count) for column, count in gaps.items()},
        "churn_by_plan": {plan: float(rate) for plan, rate in by_plan.items()},
    }
