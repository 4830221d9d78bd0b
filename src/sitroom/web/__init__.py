"""The sitroom web app (FastAPI): pages, their JSON twins and the report-posting API."""
