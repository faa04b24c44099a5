"""Every core message exists in both languages (the layers are import contracts: test_import_contracts.py)."""

from healthcentre import messages


def test_every_core_message_has_swedish_and_english():
    incomplete = [code for code, entry in messages.CATALOGUE.items() if set(entry) != set(messages.LANGUAGES)]
    assert incomplete == []


def test_messages_follow_the_chosen_language():
    messages.set_language("en")
    assert messages.text("required", label="title") == "Title is required."
    messages.set_language("sv")
    assert messages.text("required", label="title") == "Titel måste fyllas i."
