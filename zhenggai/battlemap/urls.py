app_name = "battlemap"
urlpatterns: list = []
