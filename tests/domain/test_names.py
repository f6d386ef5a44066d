from tracker.domain.names import greeting


def test_a_chosen_name_is_used_to_greet():
    assert greeting("Maria") == "Hello, Maria"
    assert greeting("  Mary   Ann ") == "Hello, Mary Ann"


def test_without_a_name_the_greeting_is_hello_alone():
    assert greeting("") == "Hello"
    assert greeting("   ") == "Hello"
