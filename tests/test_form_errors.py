"""The error summary: one link per field at fault (templates/_form_errors.html)."""

from django import forms
from django.template import Context, Template

from tracker.templatetags.form_errors import error_links


class AForm(forms.Form):
    name = forms.CharField(label="Your name")
    colour = forms.ChoiceField(
        label="Colour",
        choices=[("red", "Red"), ("blue", "Blue")],
        widget=forms.RadioSelect,
    )
    token = forms.CharField(widget=forms.HiddenInput)

    def clean(self):
        raise forms.ValidationError("Something about the whole form.")


def test_each_field_at_fault_gets_a_link_to_its_input():
    form = AForm(data={})
    links = error_links(form)
    assert [(link.text, link.href) for link in links] == [
        ("Something about the whole form.", ""),
        ("Your name: This field is required.", "#id_name"),
        ("Colour: This field is required.", "#id_colour_0"),  # its first button
        ("This field is required.", ""),  # a hidden field has nothing to focus
    ]
    assert links.linked


def test_forms_of_a_list_are_named_by_their_label_and_pairs_by_their_question():
    class View:
        class item:
            question = "Is the rug taped down?"

    first, second = AForm(data={}, prefix="a"), AForm(data={}, prefix="b")
    second.label = "Left hip"
    texts = [link.text for link in error_links("", [(View, first)], [second])]
    assert "Is the rug taped down? Your name: This field is required." in texts
    assert "Left hip: Your name: This field is required." in texts
    # A group's form-wide error links to its first field.
    hrefs = [link.href for link in error_links([second])]
    assert hrefs[0] == "#id_b-name"


def test_a_question_is_not_followed_by_a_colon():
    class Hurt(forms.Form):
        hurt = forms.BooleanField(label="Were you hurt?")

    [link] = error_links(Hurt(data={}))
    assert link.text == "Were you hurt? This field is required."


def test_an_unbound_or_valid_form_has_no_summary():
    page = Template('{% include "_form_errors.html" %}')
    assert page.render(Context({"form": AForm()})).strip() == ""


def test_the_summary_is_focusable_and_announced():
    page = Template('{% include "_form_errors.html" %}').render(
        Context({"form": AForm(data={})})
    )
    assert 'role="alert"' in page and 'tabindex="-1"' in page
    assert "data-error-summary" in page
    assert '<a href="#id_name">Your name: This field is required.</a>' in page
