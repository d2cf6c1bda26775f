"""Profile signals about the claimed career and education."""

from .profile_support import findings, profile, run


def test_current_recruiter_at_unknown_generic_firm_is_high():
    subject = profile(experience=[
        {"title": "Talent Acquisition Partner", "company": "Global Strategic Partners",
         "start": "2024-01"}])
    assert run("profile.recruiter_unverifiable_firm", subject) == [
        ("profile.recruiter_unverifiable_firm", "high",
         "'Talent Acquisition Partner' at 'Global Strategic Partners': no location, "
         "description or company page")]


def test_past_think_tank_role_at_generic_institute_is_medium():
    subject = profile(experience=[
        {"title": "Research Director", "company": "Eurasian Policy Institute",
         "start": "2018-01", "end": "2022-01"}])
    assert run("profile.recruiter_unverifiable_firm", subject) == [
        ("profile.recruiter_unverifiable_firm", "medium",
         "'Research Director' at 'Eurasian Policy Institute': no location, description or "
         "company page")]


def test_fellow_at_generic_centre_for_dialogue_is_high():
    subject = profile(experience=[
        {"title": "Senior Fellow", "company": "Centre for Eurasian Strategic Dialogue",
         "start": "2021-01"}])
    assert run("profile.recruiter_unverifiable_firm", subject) == [
        ("profile.recruiter_unverifiable_firm", "high",
         "'Senior Fellow' at 'Centre for Eurasian Strategic Dialogue': no location, "
         "description or company page")]


def test_recruiter_at_distinctive_firm_is_not_flagged():
    subject = profile(experience=[
        {"title": "Senior Recruiter", "company": "Hays Recruitment", "start": "2020-01"}])
    assert run("profile.recruiter_unverifiable_firm", subject) == []


def test_recruiter_at_generic_firm_with_location_is_not_flagged():
    subject = profile(experience=[
        {"title": "Recruitment Consultant", "company": "Premier Talent Solutions",
         "location": "Leeds, United Kingdom", "start": "2020-01"}])
    assert run("profile.recruiter_unverifiable_firm", subject) == []


def test_missing_company_page_counts_only_where_pages_are_shown():
    shown = profile(experience=[
        {"title": "Recruiter", "company": "Global Talent Group", "start": "2021-01",
         "location": "Paris", "description": "Hiring"},
        {"title": "Engineer", "company": "Thales", "company_url": "https://x/thales",
         "start": "2015-01", "end": "2020-12"}])
    assert run("profile.recruiter_unverifiable_firm", shown) == []


def test_only_employer_confidential_recruiter_is_medium():
    subject = profile(headline="Headhunter", experience=[
        {"title": "Head of Recruitment", "company": "Confidential", "start": "2016-01"}])
    assert run("profile.anonymous_employer", subject) == [
        ("profile.anonymous_employer", "medium", "'Head of Recruitment' at 'Confidential'")]


def test_only_self_employed_is_low():
    subject = profile(headline="Designer", experience=[
        {"title": "Designer", "company": "Self-employed", "start": "2016-01"}])
    assert run("profile.anonymous_employer", subject) == [
        ("profile.anonymous_employer", "low", "'Designer' at 'Self-employed'")]


def test_self_employed_beside_named_employers_is_not_flagged():
    subject = profile(experience=[
        {"title": "Designer", "company": "Self-employed", "start": "2020-01"},
        {"title": "Designer", "company": "Pentagram", "start": "2012-01", "end": "2019-12"}])
    assert run("profile.anonymous_employer", subject) == []


def test_future_start_and_reversed_dates_are_flagged():
    subject = profile(experience=[
        {"title": "Director", "company": "Acme", "start": "2027-05"},
        {"title": "Analyst", "company": "Acme", "start": "2015-06", "end": "2013-01"}])
    assert run("profile.impossible_dates", subject) == [
        ("profile.impossible_dates", "medium", "'Director' starts 2027-05, in the future"),
        ("profile.impossible_dates", "medium", "'Analyst' ends 2013-01 before it starts 2015-06"),
    ]


def test_every_date_problem_of_one_job_is_one_finding():
    subject = profile(experience=[
        {"title": "Director", "company": "Acme", "start": "2028-05", "end": "2027-01"}])
    assert [(f.severity, f.where, f.evidence) for f in findings("profile.impossible_dates",
                                                               subject)] == [
        ("medium", "experience 1", "'Director' starts 2028-05, in the future; ends 2027-01, in "
         "the future; ends 2027-01 before it starts 2028-05")]


def test_expected_graduation_in_the_future_is_not_flagged():
    subject = profile(education=[{"school": "University of York", "start": "2024",
                                  "end": "2028"}],
                      experience=[{"title": "Intern", "company": "BAE", "start": "2026-06",
                                   "end": "2026-09"}])
    assert run("profile.impossible_dates", subject) == []


def test_three_overlapping_senior_jobs_are_flagged():
    subject = profile(experience=[
        {"title": "Director of Strategy", "company": "Alpha", "start": "2019-01"},
        {"title": "Head of Research", "company": "Beta", "start": "2019-06", "end": "2022-01"},
        {"title": "Vice President", "company": "Gamma", "start": "2018-01", "end": "2021-01"}])
    assert run("profile.concurrent_senior_roles", subject) == [
        ("profile.concurrent_senior_roles", "medium",
         "from 2019-06: 'Director of Strategy' at 'Alpha'; 'Head of Research' at 'Beta'; "
         "'Vice President' at 'Gamma'")]


def test_overlapping_board_and_founder_roles_are_not_flagged():
    subject = profile(experience=[
        {"title": "Director of Strategy", "company": "Alpha", "start": "2019-01"},
        {"title": "Non-Executive Director", "company": "Beta", "start": "2019-06"},
        {"title": "Founder & CEO", "company": "Gamma", "start": "2018-01"}])
    assert run("profile.concurrent_senior_roles", subject) == []


def test_director_months_after_graduating_is_flagged():
    subject = profile(
        education=[{"school": "University of Kent", "degree": "BSc", "start": "2019",
                    "end": "2022-06"}],
        experience=[{"title": "Director of Business Development", "company": "Vantage",
                     "start": "2023-01"}])
    assert run("profile.seniority_too_early", subject) == [
        ("profile.seniority_too_early", "medium",
         "'Director of Business Development' from 2023-01, 0.6 years after graduating "
         "(BSc, 2022-06)")]


def test_director_years_after_graduating_is_not_flagged():
    subject = profile(
        education=[{"school": "University of Kent", "degree": "BSc", "end": "2012"}],
        experience=[{"title": "Director of Engineering", "company": "Vantage",
                     "start": "2021-01"}])
    assert run("profile.seniority_too_early", subject) == []


def test_founder_right_after_graduating_is_not_flagged():
    subject = profile(
        education=[{"school": "University of Kent", "degree": "BA", "end": "2022"}],
        experience=[{"title": "Founder & CEO", "company": "Tiny Startup", "start": "2022-06"}])
    assert run("profile.seniority_too_early", subject) == []


def test_senior_job_before_secondary_school_is_flagged():
    subject = profile(
        education=[{"school": "Lincoln High School", "start": "2005", "end": "2009"}],
        experience=[{"title": "Operations Manager", "company": "Acme", "start": "1999-01"}])
    assert run("profile.career_start_implausible", subject) == [
        ("profile.career_start_implausible", "low",
         "'Operations Manager' from 1999-01, at 10 at most (school from 2005)")]


def test_teenage_holiday_job_is_not_flagged():
    subject = profile(
        education=[{"school": "Lincoln High School", "start": "2005", "end": "2009"}],
        experience=[{"title": "Sales Associate", "company": "Target", "start": "2006-06"},
                    {"title": "Software Engineer", "company": "Acme", "start": "2013-06"}])
    assert run("profile.career_start_implausible", subject) == []


def test_a_later_diploma_is_not_taken_for_school():
    subject = profile(
        education=[{"school": "City Law School", "degree": "Graduate Diploma in Law",
                    "start": "2015", "end": "2016"}],
        experience=[{"title": "Operations Manager", "company": "Acme", "start": "2004-01"}])
    assert run("profile.career_start_implausible", subject) == []


def test_doctorate_claim_without_doctorate_listed_is_flagged():
    subject = profile(name="Dr. Anna Lee", education=[
        {"school": "University of Bath", "degree": "BSc Economics"}])
    assert run("profile.education_mismatch", subject) == [
        ("profile.education_mismatch", "low", "claims 'Dr.'; degrees listed: BSc Economics")]


def test_professor_with_only_a_bachelors_is_flagged():
    subject = profile(
        education=[{"school": "University of Bath", "degree": "BA"}],
        experience=[{"title": "Professor of International Relations", "company": "Somewhere",
                     "start": "2020-01"}])
    assert run("profile.education_mismatch", subject) == [
        ("profile.education_mismatch", "low",
         "'Professor of International Relations'; degrees listed: BA")]


def test_phd_with_doctorate_listed_is_not_flagged():
    subject = profile(headline="PhD | Materials scientist", education=[
        {"school": "University of Bath", "degree": "Doctor of Philosophy - PhD"}])
    assert run("profile.education_mismatch", subject) == []


def test_famous_university_without_dates_or_degree_and_vague_career_is_flagged():
    subject = profile(
        education=[{"school": "Harvard University"}],
        experience=[{"title": "Partner", "company": "Global Advisory Group", "start": "2019"}])
    assert run("profile.elite_school_vague_career", subject) == [
        ("profile.elite_school_vague_career", "medium",
         "'Harvard University' with no dates or degree; 1 job listed")]


def test_famous_university_with_detailed_career_is_not_flagged():
    subject = profile(
        education=[{"school": "University of Oxford"}],
        experience=[
            {"title": "Engineer", "company": "Arm", "start": "2019", "description": "CPUs"},
            {"title": "Intern", "company": "Dyson", "start": "2018", "end": "2018",
             "description": "Motors"}])
    assert run("profile.elite_school_vague_career", subject) == []


def test_home_country_without_any_job_there_is_flagged():
    subject = profile(location="London, United Kingdom", experience=[
        {"title": "Analyst", "company": "A", "location": "Beijing, China", "start": "2019"},
        {"title": "Analyst", "company": "B", "location": "Singapore", "start": "2015",
         "end": "2018"}])
    assert run("profile.location_inconsistent", subject) == [
        ("profile.location_inconsistent", "low",
         "location 'London, United Kingdom'; jobs in China, Singapore")]


def test_four_countries_in_three_years_are_flagged():
    subject = profile(experience=[
        {"title": "A", "location": "Paris, France", "start": "2020-01"},
        {"title": "B", "location": "Berlin, Germany", "start": "2019-01", "end": "2019-12"},
        {"title": "C", "location": "Dubai", "start": "2018-06", "end": "2018-12"},
        {"title": "D", "location": "Toronto, Canada", "start": "2018-01", "end": "2018-05"}])
    assert run("profile.location_inconsistent", subject) == [
        ("profile.location_inconsistent", "low",
         "jobs in 4 countries within 3 years: Canada, France, Germany, United Arab Emirates")]


def test_expat_whose_current_job_is_at_home_is_not_flagged():
    subject = profile(location="Greater Manchester, England", experience=[
        {"title": "Engineer", "company": "A", "location": "Manchester", "start": "2021"},
        {"title": "Engineer", "company": "B", "location": "Bangalore, India", "start": "2015",
         "end": "2020"}])
    assert run("profile.location_inconsistent", subject) == []


def test_us_state_code_decides_the_country_of_a_town_name():
    subject = profile(location="Boston, MA", experience=[
        {"title": "Engineer", "company": "A", "location": "Cambridge, MA", "start": "2021"},
        {"title": "Engineer", "company": "B", "location": "London, ON", "start": "2015",
         "end": "2020"}])
    assert run("profile.location_inconsistent", subject) == []


def test_full_time_degree_in_one_country_during_a_job_in_another_is_flagged():
    subject = profile(
        education=[{"school": "University of Edinburgh", "degree": "MSc", "start": "2018-09",
                    "end": "2020-06"}],
        experience=[{"title": "Policy Director", "company": "Acme", "location": "Dubai",
                     "start": "2017-01", "end": "2021-12"}])
    assert run("profile.study_work_conflict", subject) == [
        ("profile.study_work_conflict", "low",
         "'University of Edinburgh' (United Kingdom) 2018-09–2020-06 while 'Policy Director' "
         "in United Arab Emirates from 2017-01")]


def test_one_degree_overlapping_two_jobs_abroad_is_one_finding():
    subject = profile(
        education=[{"school": "University of Edinburgh", "degree": "MSc", "start": "2018-09",
                    "end": "2021-06"}],
        experience=[{"title": "Policy Director", "company": "Acme", "location": "Dubai",
                     "start": "2017-01", "end": "2019-12"},
                    {"title": "Head of Policy", "company": "Beta", "location": "Paris",
                     "start": "2020-01", "end": "2022-12"}])
    assert [(f.where, f.evidence) for f in findings("profile.study_work_conflict", subject)] == [
        ("education 1", "'University of Edinburgh' (United Kingdom) 2018-09–2021-06 while "
         "'Policy Director' in United Arab Emirates from 2017-01; 'Head of Policy' in France "
         "from 2020-01")]


def test_executive_degree_abroad_during_a_job_is_not_flagged():
    subject = profile(
        education=[{"school": "London Business School", "degree": "Executive MBA",
                    "start": "2018", "end": "2020"}],
        experience=[{"title": "Policy Director", "company": "Acme", "location": "Dubai",
                     "start": "2017-01"}])
    assert run("profile.study_work_conflict", subject) == []


def test_recruiter_after_defence_and_government_people_is_flagged():
    subject = profile(headline="Headhunter | Executive Search",
                      about="Our clients seek former government officials and defence experts.")
    assert run("profile.recruiter_targets_sensitive_sectors", subject) == [
        ("profile.recruiter_targets_sensitive_sectors", "medium",
         "presents as recruiter; mentions 'government', 'officials', 'defence' "
         "(no named employer)")]


def test_a_target_word_inside_a_longer_one_is_not_repeated():
    subject = profile(headline="Recruiter | SC/DV cleared roles",
                      about="Roles for DV and SC/DV cleared engineers in defence.")
    assert run("profile.recruiter_targets_sensitive_sectors", subject) == [
        ("profile.recruiter_targets_sensitive_sectors", "medium",
         "presents as recruiter; mentions 'sc/dv', 'cleared', 'defence' (no named employer)")]


def test_engineer_working_in_defence_is_not_flagged():
    subject = profile(headline="Systems engineer in defence and aerospace",
                      about="I design radar systems for the Ministry of Defence.")
    assert run("profile.recruiter_targets_sensitive_sectors", subject) == []
