"""The import's upload: a zip or data.json, read and checked for its form."""

from django import forms

from ..portability import format
from ..portability.reading import LIMIT_MB, Unreadable, read_file


class ImportForm(forms.Form):
    file = forms.FileField(
        label="Your data file",
        help_text=f"The .zip file you downloaded, or its data.json. At most "
        f"{LIMIT_MB} MB.",
        error_messages={
            "required": "Choose the file to import.",
            "empty": "That file is empty. Choose the zip you downloaded.",
        },
        widget=forms.ClearableFileInput(attrs={"accept": ".zip,.json"}),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > format.MAX_UPLOAD_BYTES:
            raise forms.ValidationError(
                "That file is %(size)s MB; the most we take is %(limit)s MB.",
                code="too_large",
                params={
                    "size": round(upload.size / (1024 * 1024), 1),
                    "limit": LIMIT_MB,
                },
            )
        try:
            self.cleaned_data["document"] = read_file(upload)
        except Unreadable as error:
            raise forms.ValidationError(str(error), code="unreadable") from None
        upload.seek(0)
        return upload
