"""The heading and the closing of a report: who issues it, to whom, its number and date, the
distribution list and the signature.

Where each piece comes from, first found wins:

- the narrative report of the issuing agency for the period (`reports/PERIOD/AGENCY.yaml`): its
  number and date once issued, and who signed it;
- for Sở Nội vụ's consolidated report, `report:` in `plan/plan.yaml`; for an agency's own report,
  `heading:` of the agency in `plan/agencies.yaml`;
- defaults right for the consolidated report to UBND tỉnh: addressed ("Kính gửi") to the body
  that issued the plan (`decision.issuer`); an agency's report is addressed to the plan's
  coordinator (Sở Nội vụ); the distribution list is "Như trên; Lưu: VT."; the signer's title
  follows the agency's kind (a department: GIÁM ĐỐC; the People's Committee's office: CHÁNH VĂN
  PHÒNG; a district: TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH); the name is left blank to sign above.

The date line follows Nghị định 30/2020/NĐ-CP: days below 10 and the months 1 and 2 take a leading
zero ("ngày 05 tháng 01 năm 2018"); in English the month is written out ("Bình Định, 30 June
2018"), as a letter is dated. A district-level committee has no body above it in its heading.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cchc.dataset import Dataset
from cchc.i18n import fmt_date, t
from cchc.model import Agency, NarrativeReport, Signature
from cchc.periods import Period
from cchc.report.values import Closing, Heading

__all__ = ["Issuer", "closing", "heading", "issuer"]


@dataclass(frozen=True)
class Issuer:
    """The body a report comes from, and the settings that head it."""

    agency_id: str | None  # None only when the plan names no coordinator
    name: str  # "Sở Nội vụ", in the data's words
    kind: str  # the agency's kind (department, office, district …)
    parent_body: str
    issuing_body: str
    place: str
    number: str | None  # the number line set in the data, if any
    addressees: tuple[str, ...]
    signature: Signature | None
    narrative: NarrativeReport | None


def _default_addressee(dataset: Dataset, lang: str) -> str:
    issuer = dataset.plan.decision.issuer
    return issuer or t("report.default_addressee", lang, province=dataset.plan.province)


def issuer(dataset: Dataset, p: Period, agency_id: str | None, lang: str) -> Issuer:
    """The coordinator for the consolidated report (`agency_id` None), else that agency."""
    plan = dataset.plan
    settings = plan.report
    coordinator = plan.reporting.coordinator if plan.reporting is not None else None
    place = settings.place if settings is not None else plan.province
    province_body = settings.parent_body if settings is not None else plan.province.upper()
    if agency_id is None:
        record = dataset.agencies.get(coordinator) if coordinator else None
        name = dataset.agency_name(coordinator) if coordinator else ""
        return Issuer(
            agency_id=coordinator,
            name=name,
            kind=record.kind if record is not None else "department",
            parent_body=province_body,
            issuing_body=settings.issuing_body if settings is not None else name.upper(),
            place=place,
            number=settings.number if settings is not None else None,
            addressees=tuple(settings.addressees if settings and settings.addressees else ())
            or (_default_addressee(dataset, lang),),
            signature=settings,
            narrative=dataset.reports.get((str(p), coordinator)) if coordinator else None,
        )
    agency: Agency = dataset.agencies[agency_id]
    own = agency.heading
    to_coordinator = dataset.agency_name(coordinator) if coordinator else ""
    parent = "" if agency.kind == "district" else province_body
    return Issuer(
        agency_id=agency_id,
        name=agency.name,
        kind=agency.kind,
        parent_body=(own.parent_body if own and own.parent_body else parent),
        issuing_body=(own.issuing_body if own and own.issuing_body else agency.name.upper()),
        place=place,
        number=own.number if own is not None else None,
        addressees=tuple(own.addressees if own and own.addressees else ())
        or ((to_coordinator,) if to_coordinator else ()),
        signature=own,
        narrative=dataset.reports.get((str(p), agency_id)),
    )


def official_date(d: dt.date, place: str, lang: str) -> str:
    month = t(f"report.month.{d.month}", lang)
    return t("report.place_date", lang, place=place, day=d.day, month=month, year=d.year)


def _first_lower(text: str) -> str:
    return text[:1].lower() + text[1:]


def heading(dataset: Dataset, who: Issuer, p: Period, as_of: dt.date, lang: str) -> Heading:
    decision = dataset.plan.decision
    issued = who.narrative if who.narrative and who.narrative.number else None
    label = p.label(lang)
    by = t("report.by_issuer", lang, issuer=decision.issuer) if decision.issuer else ""
    about = t("report.about", lang, title=_first_lower(decision.title)) if decision.title else ""
    if issued is not None and issued.number is not None:
        number = t("report.number", lang, number=issued.number)
    else:
        number = who.number or t("report.number_blank", lang)
    dated = issued.date if issued is not None and issued.date is not None else as_of
    return Heading(
        parent_body=who.parent_body,
        issuing_body=who.issuing_body,
        number=number,
        country=t("report.country", lang),
        motto=t("report.motto", lang),
        place_date=official_date(dated, who.place, lang),
        title=t("report.title", lang),
        subtitle=t("report.subtitle", lang, period=label),
        as_of_line=t("report.as_of_line", lang, date=fmt_date(as_of, lang)),
        addressees_label=t("report.addressees", lang),
        addressees=who.addressees,
        basis=t(
            "report.basis",
            lang,
            number=decision.number,
            date=fmt_date(decision.date, lang),
            issuer=by,
            about=about,
            body=who.name or who.issuing_body,
            period=label,
        ),
    )


_SIGNER_KINDS = ("department", "office", "district", "province")


def closing(who: Issuer, lang: str) -> Closing:
    own = who.narrative
    settings = who.signature
    kind = who.kind if who.kind in _SIGNER_KINDS else "other"
    authority = (
        (own.signer_authority if own is not None else None)
        or (settings.signer_authority if settings is not None else None)
        or (t(f"report.signer_authority.{kind}", lang) if kind in ("district", "province") else "")
    )
    title = (
        (own.signer_title if own is not None else None)
        or (settings.signer_title if settings is not None else None)
        or t(f"report.signer_title.{kind}", lang)
    )
    name = (own.signer if own is not None else None) or (
        settings.signer if settings is not None else None
    )
    recipients = tuple(settings.distribution) if settings and settings.distribution else ()
    return Closing(
        recipients_label=t("report.recipients", lang),
        recipients=recipients
        or (t("report.recipient_as_above", lang), t("report.recipient_archive", lang)),
        signer_authority=authority,
        signer_title=title,
        signer_hint=t("report.signer_hint", lang),
        signer_name=name or "",
        placeholder_note=t("report.placeholder_closing", lang),
    )
