from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("profile/", views.profile_view, name="profile"),
    path("profile/my-data.json", views.download_data_view, name="download_data"),
    path("profile/delete/", views.delete_account_view, name="delete_account"),
    path("profile/api-tokens/", views.api_tokens_view, name="api_tokens"),
    path("profile/api-tokens/<int:token_id>/revoke/", views.revoke_api_token_view, name="revoke_api_token"),
]
