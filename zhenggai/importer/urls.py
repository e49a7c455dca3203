app_name = "importer"
urlpatterns: list = []
