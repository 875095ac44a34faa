"""The package download behind a signed, expiring link (the API and the export page hand it out).

The link names one export and one researcher; the request must come from that researcher, signed in
or with a personal API token (``Authorization: Bearer ...``), who must still be on the project.
Every download is written to the audit log.
"""

from django.http import FileResponse, Http404

from accounts.auth import user_for_token

from . import access, actions


def _caller(request):
    header = request.headers.get("Authorization", "")
    if header.lower().startswith("bearer "):
        return user_for_token(header[7:].strip())
    return request.user if request.user.is_authenticated else None


def download_view(request, token):
    user = _caller(request)
    export = access.export_for_token(user, token)
    path = actions.export_path(export.file_name)
    if not path.exists():
        raise Http404("This package is no longer available.")
    actions.record_download(export, user)
    response = FileResponse(path.open("rb"), as_attachment=True, filename=export.download_name)
    response["Content-Type"] = "application/zip"
    response["Cache-Control"] = "private, no-store"
    response["X-Content-SHA256"] = export.sha256
    return response
