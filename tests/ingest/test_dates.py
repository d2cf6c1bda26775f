from vetlink.ingest.dates import DateRange, find_range, parse_date, parse_range


def test_month_names_become_year_and_month():
    assert parse_date("January 2020") == "2020-01"
    assert parse_date("Sept 2019") == "2019-09"
    assert parse_date("июля 2022") == "2022-07"
    assert parse_date("März 2018") == "2018-03"
    assert parse_date("2012") == "2012"


def test_unknown_words_are_not_dates():
    assert parse_date("Someday 2020") is None
    assert parse_date("Present") is None


def test_present_is_an_open_end():
    assert parse_range("January 2020 - Present (5 years 6 months)") == DateRange(
        "2020-01", None, ongoing=True
    )


def test_closed_range_with_linkedin_duration():
    assert parse_range("Jan 2020 – Dec 2021 · 2 yrs") == DateRange("2020-01", "2021-12")
    assert parse_range("мая 2021 - июля 2022 (1 год 3 месяца)") == DateRange(
        "2021-05", "2022-07"
    )


def test_single_year_is_a_range_of_one_year():
    assert parse_range("2012") == DateRange("2012", "2012")


def test_a_duration_alone_or_a_sentence_is_not_a_range():
    assert parse_range("21 years 3 months") is None
    assert parse_range("Joined in 2019 as an engineer") is None


def test_range_at_the_end_of_an_education_line_is_found_with_its_position():
    text = "BSc, Computer Science · (1998 - 2003)"
    found = find_range(text)
    assert found is not None
    rng, begin, _ = found
    assert rng == DateRange("1998", "2003")
    assert text[:begin].rstrip(" ·(") == "BSc, Computer Science"
