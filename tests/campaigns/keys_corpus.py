"""A varied corpus of import lines and the keys computed for it, frozen: the guard that a
speed-up of key computation changes no key (``test_keys_frozen.py``).

The corpus is generated personas (the default and the harder knobs) and hand-made lines:
non-Latin scripts, homoglyphs, every entity kind, money in many languages, empty and missing
fields, and hostile strings (long runs of the characters the patterns look for). The lines
themselves are stored with their keys, so a change of the generator does not move the corpus.

When a key rule changes on purpose, regenerate the frozen file with the new code and review
the diff of the keys it shows:

    PYTHONPATH=src .venv/bin/python -m tests.campaigns.keys_corpus
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

FROZEN = Path(__file__).with_name("data") / "frozen_keys.jsonl.gz"
HEX = "0123456789abcdef"


def conversation(*texts: str, contact: str = "") -> dict[str, Any]:
    return {"schema": "vetlink/conversation/v1", "contact": contact,
            "messages": [{"sender": "contact" if i % 3 != 2 else "user", "text": t}
                         for i, t in enumerate(texts)]}


def profile(n: int, name: str, **fields: Any) -> dict[str, Any]:
    return {"schema": "vetlink/profile/v1", "platform": "linkedin",
            "url": f"https://www.linkedin.com/in/corpus-{n}", "name": name, **fields}


HOSTILE = [
    "@" * 20_000,
    "a@" * 9_000,
    "a." * 10_000,
    "www." * 5_000,
    "http://" + "a" * 19_000,
    "+" + "0" * 19_999,
    "0 " * 10_000,
    "1,000," * 3_000 + " USD",
    "$" * 5_000 + "1" * 5_000,
    "Telegram: " * 2_000,
    "whatsapp " * 2_500,
    "t.me/" * 4_000,
    "Conference " * 2_000,
    "The Big " * 2_500 + "Summit",
    "\u0430" * 10_000 + "a" * 10_000,
    "ａｂｃ" * 5_000,
    "x" * 64 + "@" + "y" * 300,
    ("ab" * 40 + " ") * 250,
    "\n\n\n" * 3_000,
    "😀" * 5_000,
]

TEXTS = [
    "Оur оffer: contact me on Telegram @jane_r or WhatsApp +44 7700 900123.",  # Cyrillic O
    "Ρlease write tо me at jаne.roe@acme-talent.co.uk — thаnks!",  # Greek P, Cyrillic o/a
    "我们的客户愿意支付2000美元。请加微信 wang_li88，谢谢。",
    "一小时咨询费1万元人民币，欢迎参加2027亚太能源论坛。",
    "Наш клиент заплатит 2 000 долларов за короткий отчёт. Пишите в Telegram: @ivan_petrov",
    "Уважаемый коллега, приглашаем вас на Международный Форум Безопасности в Москве.",
    "Notre client paierait 2 000 dollars pour un court rapport. Forum Énergie Sécurité 2027.",
    "Wir laden Sie zum Energie Forum Berlin 2027 ein, Honorar 1.500 € plus Reise.",
    "€1.000–2.000 for an hour; or £750 per paper; or 3k USD; or ¥8000; CHF 900; 5000 руб",
    "See https://jobs.acme-talent.co.uk/en/careers/apply?utm_source=li#top and www.Example.COM.",
    "Links: bit.ly/3xYz9, https://github.com/someone/repo, medium.com/@writer/post-1, "
    "t.me/jane_r, https://wa.me/447700900123, http://telegram.me/@some_handle",
    "Call 020 7946 0123 or 0044 20 7946 0124 or +1 (415) 555-0199 or 97146142053 or "
    "+44.20.7946.0125",
    "Mail: first.last+tag@sub.example.org, SOMEONE@GMAIL.COM, x@hotmail.es, a@b",
    "Signal @jane.r; WeChat ID janer88; skype: live:jane_r_1; Kakao Talk: kim_j; LINE jp_line",
    "continue on Signal tomorrow; auf Signal weiterschreiben; Telegram WhatsApp; TG: https://t.me/x",
    "الرجاء التواصل عبر واتساب +971 4 614 2053 بخصوص المؤتمر",
    "שלום, נשמח להזמין אותך לכנס. טלפון 03-1234567",
    "こんにちは、東京サミット2027にご招待します。報酬は50万円です。LINE: tanaka_k",
    "안녕하세요, 서울 포럼에 초대합니다. 카카오톡 kim_min",
    "Pay in USDT or BTC: 0.5 BTC, 1,200 USDT; the Kelvin sign \u212a and long s \u017f; "
    "ſhttps://exampleſ.com; İstanbul; ﬁnance; \u0663\u0664\u0665 digits; ² ³ ①",
    "The Maritime Futures Conference and the Indo-Pacific Dialogue of 2027 in Singapore",
    "HPP Consulting, Highbury People Partners Ltd, ACME TALENT (UK), AcmeTalent GmbH",
    "",
    "   ",
    "\u200b\u200d\ufeff zero-width \u202e reversed",
    # letters re.I matches to ASCII ones (Kelvin sign, long s, dotted and dotless i)
    "\u212aakao talk: kim_1; \u017fkype: jane_r2; we\u0130xin: wang_3; WE\u0131XIN ID abc_4; "
    "TELEGRAM: @BIG_5; \u015eignal x; \uff34\uff25\uff2c\uff25\uff27\uff32\uff21\uff2d: full_6",
    "Visit EXAMPLE.ORG/Path or example\u017f.com or \u212a.co or a.\u0130o or "
    "HTTP://X.Y/Z and WWW.EXAMPLE.COM, mail@x.y, \u017f@x",
    "Call +\u0663\u0664 \u0666\u0660\u0660 \u0661\u0662\u0663 \u0664\u0665\u0666 or "
    "00\u0663\u0664 600 123 456 or 0\u0666\u0660\u0660 123 456 or (020) 7946-0123",
]

COMPANIES = ["Acme Talent Ltd.", "ACME TALENT (UK)", "HighburyPeople", "HPP Consulting",
             "Highbury People Partners", "Confidential", "Consultant", "S.L. Ventures S.L.",
             "Pte. Ltd.", "Global Insight FZ-LLC", "Ω Research", "北京咨询有限公司",
             "OOO Рога и Копыта", "", "   ", "Self-employed", "Acme Asia", "A/S Nordic A/S"]


NAMES = ["Jane Roe", "Ivan Petrov", "王丽", "Ζωή Παππά", "", "O'Brien-Smith"]
REPORTED = ["2026-03-01T09:00:00Z", "2026-03-01", "2026-03-01T09:00:00+02:00"]


def hand_made() -> list[dict[str, Any]]:
    """Lines written to reach every branch of the key code."""
    lines: list[dict[str, Any]] = []
    for i, text in enumerate(TEXTS + HOSTILE):
        n = i + 1
        company = COMPANIES[i % len(COMPANIES)]
        prof = profile(n, NAMES[i % 6],
                       headline=text[:300], about=text,
                       location=["London, England, United Kingdom", "Moskau, Russland", "",
                                 "Dubai", "Paris, France", "Somewhere"][i % 6],
                       connections=[12, 500, 150, 0, 499, 10_000][i % 6],
                       experience=[{"title": "Partner", "company": company,
                                    "company_url": ["https://www.acme-talent.co.uk/", "",
                                                    "www.example.com/about-us", "x"][i % 4],
                                    "start": ["2010-01", "2025-06", "", "2019"][i % 4],
                                    "end": None if i % 3 else "2020-01",
                                    "description": text[::-1][:5_000]}],
                       education=[{"school": ["University of Oxford", "МГУ", "", "Ecole"
                                              " Polytechnique"][i % 4]}],
                       contact={"emails": [["jane@acme-talent.co.uk"], [], ["x@gmail.com", "bad"],
                                           ["a@b.co"]][i % 4],
                                "phones": [["+44 (0)7700 900123"], ["020 7946 0123"], [],
                                           ["8 (495) 123-45-67", "+7 495 123 45 67"]][i % 4],
                                "websites": [["https://jobs.acme.co.uk/apply"], [], ["lnkd.in/x"],
                                             ["bit.ly/abc"]][i % 4],
                                "messaging": [["Telegram: @Jane_R"], ["@handle_x"],
                                              ["+44 7700 900123"], ["wechat wang_li88"]][i % 4]},
                       created=["2024-01-05", "2024-01", "not a date", ""][i % 4],
                       verified={"identity": i % 5 == 0},
                       photo={"sha256": ["a" * 64, "A" * 64, "z" * 64, ""][i % 4]})
        line: dict[str, Any] = {
            "profile": prof,
            "conversation": conversation(text, TEXTS[(i + 3) % len(TEXTS)],
                                         "user text Telegram @mine", TEXTS[(i + 7) % len(TEXTS)],
                                         contact=prof["name"]) if i % 5 != 4 else None,
            "reporter": "staff1",
            "department": ["Defence Policy", "", "  ", "Ведомство"][i % 4] or None,
            "sector": ["energy", "", "Aerospace & Defence"][i % 3] or None,
            "reported_at": REPORTED[i % 3],
        }
        if i % 2 == 0:
            line["photo_hashes"] = {k: "".join(HEX[(i * 7 + j * 3 + ord(k)) % 16]
                                               for j in range(16)) for k in "pda"}
        lines.append(line)
    # minimal and empty lines
    lines.append({"profile": profile(900, "")})
    lines.append({"profile": profile(901, "Only Name", experience=[], education=[], contact={})})
    lines.append({"profile": profile(902, "Ann Lee", about="Short text."),
                  "conversation": conversation("hi")})
    lines.append({"profile": profile(903, "Ann Lee",
                                     about="one two three four five six seven eight")})
    return lines


def generated() -> list[dict[str, Any]]:
    from vetlink.campaigns.generate import Knobs, generate

    out = []
    for seed, knobs in ((5, Knobs()), (6, Knobs.harder())):
        for row in generate(150, seed, knobs):
            row.pop("_truth", None)
            out.append(row)
    return out


def corpus() -> list[dict[str, Any]]:
    return generated() + hand_made()


def keys_json(keys: Any) -> dict[str, Any]:
    """A persona's keys as JSON (every field of :class:`PersonaKeys`)."""
    return {
        "id": keys.id, "name": keys.name, "url": keys.url,
        "photo": None if keys.photo is None else [[int(v) for v in row] for row in keys.photo],
        "minhash": None if keys.minhash is None else [int(v) for v in keys.minhash],
        "entities": sorted(keys.entities), "lures": sorted(keys.lures),
        "targets": sorted(keys.targets), "created": keys.created, "contacted": keys.contacted,
        "words": keys.words, "vouches": keys.vouches, "extra": keys.extra,
    }


def lures_of(number: int) -> tuple[str, ...]:
    """Fixed lures per line (the assessment is not part of the keys' code)."""
    return ("message.paid_offer", "message.off_platform")[: number % 3]


def records_of_corpus(rows: list[dict[str, Any]]) -> list[Any]:
    """The personas of the lines as the import reads them (written as JSON lines); a line
    the import rejects (an empty name, a field too long) as a raw record (the keys take any
    JSON)."""
    from vetlink.campaigns.keys import PersonaRecord, photo_array
    from vetlink.campaigns.lines import parse_line
    from vetlink.errors import InputError

    out = []
    for n, row in enumerate(rows, start=1):
        raw = json.dumps(row, ensure_ascii=False).encode()
        try:
            out.append(parse_line(raw, n, report=False).record(lures_of(n)))
        except InputError:
            out.append(PersonaRecord(
                id=f"raw-{n}", profile=row.get("profile"), conversation=row.get("conversation"),
                department=row.get("department"), sector=row.get("sector"),
                reported_at=row.get("reported_at"), lures=lures_of(n),
                photo=photo_array(row.get("photo_hashes"))))
    return out


def freeze() -> None:
    from vetlink.campaigns.keys import persona_keys_many

    rows = corpus()
    keys = persona_keys_many(records_of_corpus(rows))
    FROZEN.parent.mkdir(exist_ok=True)
    with gzip.open(FROZEN, "wt", encoding="utf-8", compresslevel=9) as out:
        for row, key in zip(rows, keys, strict=True):
            out.write(json.dumps({"line": row, "keys": keys_json(key)}, ensure_ascii=False,
                                 sort_keys=True) + "\n")
    print(f"wrote {len(rows)} lines and their keys to {FROZEN}")


def frozen() -> list[dict[str, Any]]:
    with gzip.open(FROZEN, "rt", encoding="utf-8") as stream:
        return [json.loads(line) for line in stream]


if __name__ == "__main__":
    freeze()
