"""The pseudo-locale stretches every string so layouts that cannot take a longer language show."""

from huddle.i18n import pseudo


def test_pseudo_text_is_longer_accented_and_bracketed_with_fields_and_markup_kept():
    text = "Utskriven {when} på <b>avdelning</b> &amp; &Spara"
    shown = pseudo(text)
    assert shown.startswith("«") and shown.endswith("»")
    assert len(shown) >= 1.4 * len(text)
    assert "{when}" in shown and "<b>" in shown and "&amp;" in shown and "&Š" in shown
    assert "Utskriven" not in shown
    assert pseudo("  ") == "  "
