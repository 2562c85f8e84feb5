"""The documents checklist of an application, and the one-time notice (一次性告知).

Public API::

    ApplicationKind, DocumentType, DocumentStatus, Requirement, PresentedDocument,
    ChecklistItem, Checklist
    required_documents(kind, role, *, newborn=False, needs_residence_permit=False,
                       needs_letter=False, has_social_security_card=False) -> tuple[Requirement, ...]
    build_checklist(kind, role, presented, **same flags) -> Checklist
    presented_card(doc_type, card_check) -> PresentedDocument        # from an IdCardCheck
    presented_household_book(household_check) -> PresentedDocument
    presented_residence_permit(valid_until, on) -> PresentedDocument

What is required, by kind of application and who applies:

===================== ====================================================================
all                   the insured's identity: ID card (temporary ID card and residence
                      permits for HK/Macao/Taiwan residents count) — a guardian may show the
                      minor's household-book page instead, a newborn the birth certificate
new enrollment        the household book (newborn: the birth certificate); the residence
                      permit where a non-local hukou needs one
renewal               the residence permit where needed; the social security card when the
                      person has one
card replacement      (identity only)
proxy                 the agent's ID card and, where the rules ask, the authorisation letter
guardian              the guardian's ID card and proof of the relation (household book,
                      birth certificate, or a guardianship document)
===================== ====================================================================

Each item is ``verified``, ``missing``, ``expired`` or ``mismatch``; every item that is not
verified is an error :class:`~clerk_desk.domain.problems.Problem` whose message is a line of
the one-time notice (:meth:`Checklist.notice_lines`).  The flags come from the other checks:
``needs_residence_permit`` from :func:`clerk_desk.domain.household.check_household`
(non-local and the rule on), ``needs_letter`` from
:attr:`clerk_desk.domain.applicant.ApplicantCheck.letter_required`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from clerk_desk.domain.applicant import ApplicantRole
from clerk_desk.domain.household import (
    E_ID_MISMATCH,
    E_NAME_MISMATCH,
    HouseholdCheck,
)
from clerk_desk.domain.idcard import IdCardCheck
from clerk_desk.domain.problems import Problem, Severity, define, define_field, error


class ApplicationKind(StrEnum):
    NEW_ENROLLMENT = "new_enrollment"      # 参保登记
    RENEWAL = "renewal"                    # 续保
    FIRST_CARD = "first_card"              # 社保卡申领
    CARD_REPLACEMENT = "card_replacement"  # 补换卡


class DocumentType(StrEnum):
    INSURED_ID_CARD = "insured_id_card"
    HOUSEHOLD_BOOK = "household_book"
    BIRTH_CERTIFICATE = "birth_certificate"
    RESIDENCE_PERMIT = "residence_permit"
    AGENT_ID_CARD = "agent_id_card"
    AUTHORISATION_LETTER = "authorisation_letter"
    GUARDIANSHIP_DOCUMENT = "guardianship_document"
    SOCIAL_SECURITY_CARD = "social_security_card"
    # people without a household book
    HMT_RESIDENCE_PERMIT = "hmt_residence_permit"          # 港澳台居民居住证
    HMT_TRAVEL_PERMIT = "hmt_travel_permit"                # 港澳居民来往内地通行证 / 台湾居民来往大陆通行证
    FOREIGN_PERMANENT_ID = "foreign_permanent_id"          # 外国人永久居留身份证
    PASSPORT = "passport"                                  # 护照 (with a residence permit)
    # card replacement
    LOSS_REPORT = "loss_report"                            # 挂失 done (lost card)
    DAMAGED_CARD = "damaged_card"                          # the damaged card handed back
    # person categories (clerk_desk.domain.categories.CATEGORY_PROOF)
    EXTREME_POVERTY_CERTIFICATE = "extreme_poverty_certificate"
    MINIMUM_LIVING_CERTIFICATE = "minimum_living_certificate"
    POVERTY_MONITORING_CERTIFICATE = "poverty_monitoring_certificate"
    DISABILITY_CERTIFICATE = "disability_certificate"
    ORPHAN_CERTIFICATE = "orphan_certificate"
    STUDENT_CERTIFICATE = "student_certificate"


class DocumentStatus(StrEnum):
    VERIFIED = "verified"
    MISSING = "missing"
    EXPIRED = "expired"
    MISMATCH = "mismatch"


DOCUMENT_NAMES: dict[DocumentType, tuple[str, str]] = {
    DocumentType.INSURED_ID_CARD: ("参保人有效身份证件", "the insured's valid ID card"),
    DocumentType.HOUSEHOLD_BOOK: ("户口簿", "household-registration book"),
    DocumentType.BIRTH_CERTIFICATE: ("出生医学证明", "birth certificate"),
    DocumentType.RESIDENCE_PERMIT: ("居住证", "residence permit"),
    DocumentType.AGENT_ID_CARD: ("代办人（监护人）有效身份证件", "the agent's (guardian's) valid ID card"),
    DocumentType.AUTHORISATION_LETTER: ("授权委托书", "authorisation letter"),
    DocumentType.GUARDIANSHIP_DOCUMENT: ("监护关系证明", "guardianship document"),
    DocumentType.SOCIAL_SECURITY_CARD: ("社会保障卡", "social security card"),
    DocumentType.HMT_RESIDENCE_PERMIT: ("港澳台居民居住证", "residence permit for HK/Macao/Taiwan residents"),
    DocumentType.HMT_TRAVEL_PERMIT: ("港澳台居民来往内地（大陆）通行证", "HK/Macao/Taiwan travel permit"),
    DocumentType.FOREIGN_PERMANENT_ID: ("外国人永久居留身份证", "foreigner's permanent residence ID card"),
    DocumentType.PASSPORT: ("护照", "passport"),
    DocumentType.LOSS_REPORT: ("社保卡挂失记录", "record of the card reported lost"),
    DocumentType.DAMAGED_CARD: ("损坏的社会保障卡", "the damaged social security card"),
    DocumentType.EXTREME_POVERTY_CERTIFICATE: ("特困人员救助供养证", "extreme-poverty support certificate"),
    DocumentType.MINIMUM_LIVING_CERTIFICATE: ("最低生活保障证", "minimum-living-allowance certificate"),
    DocumentType.POVERTY_MONITORING_CERTIFICATE: ("防止返贫监测对象认定证明", "poverty-monitoring certificate"),
    DocumentType.DISABILITY_CERTIFICATE: ("残疾人证（一、二级）", "disability certificate (grade 1 or 2)"),
    DocumentType.ORPHAN_CERTIFICATE: ("孤儿或事实无人抚养儿童认定证明", "orphan / unsupported-child certificate"),
    DocumentType.STUDENT_CERTIFICATE: ("学生证或在读证明", "student card or certificate of enrolment"),
}

# Requirement keys double as problem fields; their labels name the item in the notice.
_REQ_LABELS = {
    "insured_identity": ("参保人有效身份证件原件（居民身份证或临时身份证）",
                         "the insured's valid ID card (resident or temporary ID card)"),
    "insured_identity_minor": ("参保人身份证件原件（身份证，或户口簿本人页）",
                               "the insured's ID card, or their page of the household book"),
    "insured_identity_newborn": ("新生儿出生医学证明原件", "the newborn's birth certificate"),
    "hukou": ("户口簿原件（含户主页和本人页）", "the household-registration book (head's and insured's pages)"),
    "hukou_newborn": ("出生医学证明原件（未落户新生儿）", "the birth certificate (newborn without hukou)"),
    "residence_permit": ("本地有效居住证", "a valid residence permit issued here"),
    "social_security_card": ("社会保障卡", "the social security card"),
    "insured_identity_hmt": ("港澳台居民居住证（或来往内地通行证）原件",
                             "the residence permit for HK/Macao/Taiwan residents (or the travel permit)"),
    "insured_identity_foreigner": ("外国人永久居留身份证原件", "the foreigner's permanent residence ID card"),
    "insured_identity_passport": ("护照原件", "the passport"),
    "category_proof": ("人员类别证明材料（如低保证、特困供养证、残疾人证、学生证）",
                       "proof of the person category (e.g. allowance, disability or student certificate)"),
    "replacement_lost": ("社保卡挂失记录（先挂失，后补卡）", "the record of the card reported lost"),
    "replacement_damaged": ("损坏的社会保障卡（交回换卡）", "the damaged social security card (handed back)"),
    "agent_id_card": ("代办人有效身份证件原件", "the agent's valid ID card"),
    "authorisation_letter": ("参保人签字的授权委托书", "an authorisation letter signed by the insured"),
    "guardian_id_card": ("监护人有效身份证件原件", "the guardian's valid ID card"),
    "guardian_relation": ("监护关系证明（户口簿、出生医学证明或监护证明）",
                          "proof of guardianship (household book, birth certificate or guardianship document)"),
}
for _key, (_zh, _en) in _REQ_LABELS.items():
    define_field(f"documents.{_key}", zh=_zh, en=_en)

E_MISSING = define("documents.missing", zh="请提供{field}", en="Bring {field}")
E_EXPIRED = define("documents.expired", zh="{field}已过期，请提供有效证件", en="{field}: expired; bring a valid one")
E_MISMATCH = define("documents.mismatch", zh="{field}信息与申请不一致，请核对后重新提供",
                    en="{field}: the details do not match the application; bring the right document")
_STATUS_CODES = {DocumentStatus.MISSING: E_MISSING, DocumentStatus.EXPIRED: E_EXPIRED,
                 DocumentStatus.MISMATCH: E_MISMATCH}
_RANK = {DocumentStatus.VERIFIED: 0, DocumentStatus.MISMATCH: 1, DocumentStatus.EXPIRED: 2,
         DocumentStatus.MISSING: 3}


@dataclass(frozen=True)
class Requirement:
    key: str                                  # stable: "insured_identity", "hukou", ...
    accepted: tuple[DocumentType, ...]        # any one of these satisfies it

    @property
    def field(self) -> str:
        return f"documents.{self.key}"


@dataclass(frozen=True)
class PresentedDocument:
    """A document on the desk, with what the checks said of it."""

    type: DocumentType
    status: DocumentStatus = DocumentStatus.VERIFIED
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class ChecklistItem:
    requirement: Requirement
    status: DocumentStatus
    document: DocumentType | None = None      # the presented document that decided it
    problems: tuple[Problem, ...] = ()        # the checks' findings on that document

    @property
    def problem(self) -> Problem | None:
        """The notice line for this item; None when verified."""
        code = _STATUS_CODES.get(self.status)
        return None if code is None else error(code, self.requirement.field)


@dataclass(frozen=True)
class Checklist:
    kind: ApplicationKind
    role: ApplicantRole
    items: tuple[ChecklistItem, ...] = field(default_factory=tuple)

    @property
    def complete(self) -> bool:
        return all(i.status is DocumentStatus.VERIFIED for i in self.items)

    @property
    def outstanding(self) -> tuple[ChecklistItem, ...]:
        return tuple(i for i in self.items if i.status is not DocumentStatus.VERIFIED)

    @property
    def problems(self) -> tuple[Problem, ...]:
        return tuple(p for i in self.items if (p := i.problem) is not None)

    def notice_lines(self, lang: str = "zh") -> list[str]:
        """The one-time notice: one line per item to bring, in order."""
        return [p.message(lang) for p in self.problems]

    def status_of(self, key: str) -> DocumentStatus | None:
        for i in self.items:
            if i.requirement.key == key:
                return i.status
        return None


def required_documents(kind: ApplicationKind, role: ApplicantRole, *, newborn: bool = False,
                       needs_residence_permit: bool = False, needs_letter: bool = False,
                       has_social_security_card: bool = False, without_book: str | None = None,
                       category_proof: DocumentType | None = None,
                       replacement_proof: DocumentType | None = None) -> tuple[Requirement, ...]:
    """``without_book``: "hmt" (HK/Macao/Taiwan resident), "foreigner" (permanent residence ID) or
    "foreigner_passport" (passport and residence permit): their own identity documents, and no
    household-book line; ``category_proof``: the document proving the person
    category; ``replacement_proof``: the loss report or the damaged card."""
    D = DocumentType
    reqs: list[Requirement] = []
    if without_book == "hmt":
        reqs.append(Requirement("insured_identity_hmt", (D.HMT_RESIDENCE_PERMIT, D.HMT_TRAVEL_PERMIT,
                                                         D.INSURED_ID_CARD)))
    elif without_book == "foreigner":
        reqs.append(Requirement("insured_identity_foreigner", (D.FOREIGN_PERMANENT_ID, D.INSURED_ID_CARD)))
    elif without_book == "foreigner_passport":   # the passport, and the residence permit with it
        reqs.append(Requirement("insured_identity_passport", (D.PASSPORT,)))
        reqs.append(Requirement("residence_permit", (D.RESIDENCE_PERMIT,)))
    elif newborn:
        reqs.append(Requirement("insured_identity_newborn", (D.BIRTH_CERTIFICATE, D.INSURED_ID_CARD)))
    elif role is ApplicantRole.GUARDIAN:
        reqs.append(Requirement("insured_identity_minor", (D.INSURED_ID_CARD, D.HOUSEHOLD_BOOK)))
    else:
        reqs.append(Requirement("insured_identity", (D.INSURED_ID_CARD,)))
    if kind is ApplicationKind.NEW_ENROLLMENT and without_book is None:
        if newborn:
            reqs.append(Requirement("hukou_newborn", (D.BIRTH_CERTIFICATE, D.HOUSEHOLD_BOOK)))
        else:
            reqs.append(Requirement("hukou", (D.HOUSEHOLD_BOOK,)))
    paying = kind in (ApplicationKind.NEW_ENROLLMENT, ApplicationKind.RENEWAL)
    if needs_residence_permit and paying and not newborn and without_book is None:
        reqs.append(Requirement("residence_permit", (D.RESIDENCE_PERMIT,)))
    if kind is ApplicationKind.RENEWAL and has_social_security_card:
        reqs.append(Requirement("social_security_card", (D.SOCIAL_SECURITY_CARD,)))
    if category_proof is not None and paying and not (newborn and category_proof is D.BIRTH_CERTIFICATE):
        reqs.append(Requirement("category_proof", (category_proof,)))
    if replacement_proof is not None and kind is ApplicationKind.CARD_REPLACEMENT:
        key = "replacement_lost" if replacement_proof is D.LOSS_REPORT else "replacement_damaged"
        reqs.append(Requirement(key, (replacement_proof,)))
    if role is ApplicantRole.PROXY:
        reqs.append(Requirement("agent_id_card", (D.AGENT_ID_CARD,)))
        if needs_letter:
            reqs.append(Requirement("authorisation_letter", (D.AUTHORISATION_LETTER,)))
    elif role is ApplicantRole.GUARDIAN:
        reqs.append(Requirement("guardian_id_card", (D.AGENT_ID_CARD,)))
        reqs.append(Requirement("guardian_relation",
                                (D.HOUSEHOLD_BOOK, D.BIRTH_CERTIFICATE, D.GUARDIANSHIP_DOCUMENT)))
    return tuple(reqs)


def build_checklist(kind: ApplicationKind, role: ApplicantRole, presented: Iterable[PresentedDocument], *,
                    newborn: bool = False, needs_residence_permit: bool = False, needs_letter: bool = False,
                    has_social_security_card: bool = False, without_book: str | None = None,
                    category_proof: DocumentType | None = None,
                    replacement_proof: DocumentType | None = None) -> Checklist:
    """Match the presented documents against what ``kind`` × ``role`` requires."""
    docs: dict[DocumentType, PresentedDocument] = {}
    for d in presented:
        best = docs.get(d.type)
        if best is None or _RANK[d.status] < _RANK[best.status]:
            docs[d.type] = d
    items = []
    for req in required_documents(kind, role, newborn=newborn, needs_residence_permit=needs_residence_permit,
                                  needs_letter=needs_letter, has_social_security_card=has_social_security_card,
                                  without_book=without_book, category_proof=category_proof,
                                  replacement_proof=replacement_proof):
        found = [docs[t] for t in req.accepted if t in docs]
        if not found:
            items.append(ChecklistItem(req, DocumentStatus.MISSING))
            continue
        best = min(found, key=lambda d: _RANK[d.status])
        items.append(ChecklistItem(req, best.status, best.type, best.problems))
    return Checklist(kind, role, tuple(items))


def presented_card(doc_type: DocumentType, check: IdCardCheck) -> PresentedDocument:
    """An ID card on the desk: expired -> EXPIRED; any other error -> MISMATCH."""
    errors = tuple(p for p in check.problems if p.severity is Severity.ERROR)
    if check.expired:
        status = DocumentStatus.EXPIRED
    elif errors:
        status = DocumentStatus.MISMATCH
    else:
        status = DocumentStatus.VERIFIED
    return PresentedDocument(doc_type, status, errors)


def presented_household_book(check: HouseholdCheck) -> PresentedDocument:
    """The household book on the desk: a page that differs from the ID card -> MISMATCH."""
    mismatches = tuple(p for p in check.problems if p.code in (E_ID_MISMATCH, E_NAME_MISMATCH))
    status = DocumentStatus.MISMATCH if mismatches else DocumentStatus.VERIFIED
    return PresentedDocument(DocumentType.HOUSEHOLD_BOOK, status, mismatches)


def presented_residence_permit(valid_until: date | None, on: date) -> PresentedDocument:
    expired = valid_until is not None and valid_until < on
    return PresentedDocument(DocumentType.RESIDENCE_PERMIT,
                             DocumentStatus.EXPIRED if expired else DocumentStatus.VERIFIED)


def document_name(doc_type: DocumentType, lang: str = "zh") -> str:
    zh, en = DOCUMENT_NAMES[doc_type]
    return en if lang == "en" else zh
