"""Analytics dashboards under /<lang>/analytics/."""

app_name = "analytics"

urlpatterns = []
