"""Receipt, pickup slip and missing-documents notice: content, marks, fonts, paper."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import threading
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from reportlab import rl_config

from clerk_desk.domain.masking import mask_id
from clerk_desk.domain.problems import RuleError, error
from clerk_desk.domain.slipcode import decode_slip, encode_slip
from clerk_desk.printing import (
    DEFAULT_FONT_FILE,
    ApplicantInfo,
    PersonRef,
    ReceiptData,
    render_notice,
    render_receipt,
    render_slip,
)
from clerk_desk.printing import samples as S
from tests.printing.pdfutil import (
    A4_WIDTH_PT,
    ROLL_WIDTH_PT,
    assert_fonts_embedded,
    flat,
    page_heights,
    page_widths,
    text_of,
)

FULL_IDS = (S.INSURED_ID, S.AGENT_ID, S.INSURED_ID.lower())

DOCUMENTS = {
    "receipt": (render_receipt, S.receipt),
    "slip": (render_slip, S.slip),
    "notice": (render_notice, S.notice),
}


@pytest.mark.parametrize("paper", ["A4", "80mm"])
@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("kind", sorted(DOCUMENTS))
def test_every_document_on_every_paper(kind: str, paper: str, lang: str) -> None:
    render, sample = DOCUMENTS[kind]
    pdf = render(sample(), lang=lang, paper=paper)
    assert pdf.startswith(b"%PDF-")
    widths = page_widths(pdf)
    assert len(widths) == 1, "one page"
    expected = ROLL_WIDTH_PT if paper == "80mm" else A4_WIDTH_PT
    assert widths[0] == pytest.approx(expected, abs=0.05)
    assert_fonts_embedded(pdf)
    text = text_of(pdf)
    for full in FULL_IDS:
        assert full not in flat(text), "a full ID number on paper"
    assert "********" in text
    assert S.POINT.name in flat(text)
    assert "补打" not in text and "Reprint" not in text


def test_roll_page_is_as_long_as_its_content() -> None:
    short = render_receipt(replace(S.receipt(), guidance=()), paper="80mm")
    long = render_receipt(replace(S.receipt(), guidance=S.GUIDANCE * 5), paper="80mm")
    assert len(page_heights(long)) == 1
    assert page_heights(long)[0] > page_heights(short)[0] + 200
    assert flat(S.GUIDANCE[-1]) in flat(text_of(long).split("温馨提示")[1])


def test_receipt_content() -> None:
    data = S.receipt()
    text = flat(text_of(render_receipt(data)))
    for expected in (data.application_number, "2025年12月29日（星期一）10:42", data.clerk, data.insured.name,
                     data.insured.id_masked, data.scheme, data.kind, "他人代办", data.applicant.name,
                     data.applicant.id_masked, data.applicant.relation, data.applicant.phone_masked,
                     *data.documents_checked, *data.next_steps, *data.guidance, "2026年1月5日",
                     S.POINT.address, S.POINT.hours, S.POINT.phone, "受理回执", "代办人签字"):
        assert flat(expected) in text, expected
    assert "暂定" not in text and "申请人签字" not in text


def test_receipt_applicant_kinds() -> None:
    myself = flat(text_of(render_receipt(replace(S.receipt(), applicant=ApplicantInfo(), documents_checked=()))))
    assert "本人办理" in myself and "代办人" not in myself and "李建国" not in myself and "申请人签字" in myself
    guardian = ApplicantInfo("guardian", name="赵大勇", id_masked=mask_id(S.AGENT_ID), relation="父亲")
    text = flat(text_of(render_receipt(replace(S.receipt(), applicant=guardian), lang="en")))
    assert "Byaguardian" in text and "Guardian:赵大勇" in text and "父亲" in text
    assert "Guardian'ssignature" in text and "Applicant'ssignature" not in text
    with pytest.raises(ValueError):
        ApplicantInfo("friend")


def test_receipt_for_county_center_has_no_ready_by_date() -> None:
    data = replace(S.receipt(proxy=False), ready_by=None, next_steps=("当场发卡。",))
    text = text_of(render_receipt(data))
    assert "可领卡日期" not in text and "2026年1月5日" not in text and "当场发卡" in text


def test_slip_content() -> None:
    data = S.slip()
    text = flat(text_of(render_slip(data, paper="80mm")))
    for expected in (data.application_number, "领卡码", data.pickup_code, "2026年1月5日（星期一）", data.insured.name,
                     data.insured.id_masked, S.POINT.address, "当日办公时间：9:00–12:00, 13:30–17:00", "参保人本人",
                     "本凭条", "领取人本人有效身份证件原件", "领卡凭条", "2026年1月5日（星期一）起可领取",
                     "2025年12月29日（星期一）10:43"):
        assert flat(expected) in text, expected
    custom = replace(data, who_may_collect=("仅限本人",), what_to_bring=("社保卡旧卡",))
    text = flat(text_of(render_slip(custom)))
    assert "仅限本人" in text and "社保卡旧卡" in text and "参保人本人" not in text


@pytest.mark.parametrize("paper", ["A4", "80mm"])
def test_provisional_marks(paper: str) -> None:
    zh = flat(text_of(render_slip(S.slip(provisional=True), paper=paper)))
    assert "2027年1月5日（星期二）（暂定）" in zh
    assert "2027年的节假日安排尚未公布" in zh
    en = text_of(render_slip(S.slip(provisional=True), paper=paper, lang="en"))
    assert "2027-01-05 (Tue) (provisional)" in en
    assert "holiday schedule of 2027 has not been published" in " ".join(en.split())
    receipt = flat(text_of(render_receipt(S.receipt(provisional=True), paper=paper)))
    assert "2027年1月5日（星期二）（暂定）" in receipt and "尚未公布" in receipt
    plain = flat(text_of(render_slip(S.slip(), paper=paper)))
    assert "暂定" not in plain and "尚未公布" not in plain


@pytest.mark.parametrize("paper", ["A4", "80mm"])
@pytest.mark.parametrize("kind", sorted(DOCUMENTS))
def test_reprint_marks(kind: str, paper: str) -> None:
    render, sample = DOCUMENTS[kind]
    zh = text_of(render(sample(), paper=paper, copy_no=2))
    assert "补打 第2次" in zh
    en = text_of(render(sample(), paper=paper, copy_no=3, lang="en"))
    assert "Reprint copy 3" in en


def test_notice_content_with_problems() -> None:
    from clerk_desk.domain.problems import define

    define("test.printing.missing", zh="缺少{what}原件", en="The original {what} is missing")
    data = replace(S.notice(), missing=(*S.notice().missing, error("test.printing.missing", "x", what="户口簿")),
                   application_number="RHL-XB-20251229-0099")
    text = flat(text_of(render_notice(data)))
    for expected in (*S.notice().missing, "缺少户口簿原件", data.insured.name, data.insured.id_masked, data.scheme,
                     data.kind, S.POINT.hours, S.POINT.address, "一次性告知书", "RHL-XB-20251229-0099",
                     *data.notes):
        assert flat(expected) in text, expected
    # one list, numbered in order
    for i, item in enumerate(data.missing[:4], 1):
        assert f"{i}.{flat(item)}" in text  # type: ignore[arg-type]
    en = " ".join(text_of(render_notice(data, lang="en")).split())
    assert "The original 户口簿 is missing" in en


def test_full_id_numbers_are_masked_even_when_passed_whole() -> None:
    data = replace(S.receipt(), insured=PersonRef("张秀英", S.INSURED_ID),
                   applicant=ApplicantInfo("proxy", name="李建国", id_masked=S.AGENT_ID, relation="配偶"))
    text = flat(text_of(render_receipt(data)))
    assert S.INSURED_ID not in text and S.AGENT_ID not in text
    assert mask_id(S.INSURED_ID) in text and mask_id(S.AGENT_ID) in text


@pytest.mark.parametrize(("kwargs", "code"), [
    ({"paper": "A5"}, "print.bad_paper"),
    ({"lang": "fr"}, "print.bad_language"),
    ({"copy_no": 0}, "print.bad_copy_no"),
    ({"copy_no": True}, "print.bad_copy_no"),
    ({"font_path": "/nonexistent/font.ttf"}, "print.font_unusable"),
])
def test_bad_arguments_are_refused_with_a_message(kwargs: dict[str, object], code: str) -> None:
    with pytest.raises(RuleError) as info:
        render_receipt(S.receipt(), **kwargs)  # type: ignore[arg-type]
    assert info.value.code == code
    assert "{" not in info.value.message("zh")


def test_a_font_without_chinese_is_refused() -> None:
    vera = Path(rl_config.__file__).parent / "fonts" / "Vera.ttf"
    with pytest.raises(RuleError) as info:
        render_receipt(S.receipt(), font_path=vera)
    assert info.value.code == "print.font_unusable"
    assert "Vera.ttf" in info.value.message("en")


def test_explicit_font_path(tmp_path: Path) -> None:
    copy = tmp_path / "other.ttc"
    shutil.copy(DEFAULT_FONT_FILE, copy)
    pdf = render_slip(S.slip(), font_path=str(copy))
    assert_fonts_embedded(pdf)
    assert "领卡凭条" in text_of(pdf)


def test_output_to_path_and_file(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "receipt.pdf"
    pdf = render_receipt(S.receipt(), out=target)
    assert target.read_bytes() == pdf
    assert not list(target.parent.glob("*.part"))
    buf = io.BytesIO()
    assert render_receipt(S.receipt(), out=buf) == buf.getvalue() == pdf  # invariant: same input, same bytes
    (tmp_path / "dir.pdf").mkdir()
    with pytest.raises(RuleError) as info:
        render_receipt(S.receipt(), out=tmp_path / "dir.pdf")
    assert info.value.code == "print.write_failed"


def test_rendering_from_worker_threads() -> None:
    results: dict[int, bytes] = {}
    failures: list[BaseException] = []

    def work(i: int) -> None:
        try:
            data = replace(S.receipt(), application_number=f"T-{i:04d}")
            results[i] = render_receipt(data, paper="80mm" if i % 2 else "A4")
        except BaseException as exc:  # noqa: BLE001 - reported below
            failures.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert not failures
    for i, pdf in results.items():
        assert f"T-{i:04d}" in text_of(pdf)
        assert_fonts_embedded(pdf)


@pytest.mark.skipif(not (shutil.which("pdftoppm") and shutil.which("zbarimg")), reason="needs pdftoppm and zbarimg")
@pytest.mark.parametrize("paper", ["A4", "80mm"])
def test_qr_codes_scan_back(tmp_path: Path, paper: str) -> None:
    def scan(pdf: bytes) -> str:
        (tmp_path / "doc.pdf").write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", str(tmp_path / "doc.pdf"),
                        str(tmp_path / "doc")], check=True)
        result = subprocess.run(["zbarimg", "-q", "--raw", str(tmp_path / "doc.png")], capture_output=True,
                                text=True, check=True)
        return result.stdout.strip()

    slip = S.slip()
    payload = scan(render_slip(slip, paper=paper))
    assert payload == encode_slip(slip.application_number, slip.pickup_code)
    decoded = decode_slip(payload)
    assert (decoded.application_number, decoded.pickup_code) == (slip.application_number, slip.pickup_code)
    assert scan(render_receipt(S.receipt(), paper=paper)) == S.receipt().application_number


def test_receipt_data_is_immutable() -> None:
    data = S.receipt()
    assert isinstance(data.guidance, tuple)
    with pytest.raises(AttributeError):
        data.clerk = "x"  # type: ignore[misc]
    assert isinstance(ReceiptData(point=S.POINT, application_number="A", accepted_at=S.receipt().accepted_at,
                                  clerk="c", insured=PersonRef("n", "x"), scheme="s", kind="k",
                                  guidance=["a", "b"]).guidance, tuple)
    assert date(2026, 1, 5) == S.receipt().ready_by


class _DiskFullHalfway:
    """A binary file that takes half of what it is given, then fails as a full disk (or a crash) would."""

    def __init__(self, fh, fault: BaseException) -> None:  # type: ignore[no-untyped-def]
        self.fh, self.fault = fh, fault

    def write(self, data: bytes) -> int:
        self.fh.write(bytes(data)[: len(data) // 2])
        self.fh.flush()
        raise self.fault

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self.fh, name)

    def __enter__(self):  # type: ignore[no-untyped-def]
        return self

    def __exit__(self, *exc: object) -> None:
        self.fh.close()


@pytest.mark.parametrize("fault", [OSError(28, "No space left on device"), KeyboardInterrupt()])
@pytest.mark.parametrize("kind", ["pdf", "csv"])
def test_a_write_failing_half_way_leaves_the_old_file_and_no_part(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str, fault: BaseException) -> None:
    import builtins

    from clerk_desk.printing import daily_report_csv

    def make(out: Path | None) -> bytes:
        if kind == "pdf":
            return render_receipt(S.receipt(), out=out)
        return daily_report_csv(S.daily_report(5), out=out)

    target = tmp_path / f"out.{kind}"
    target.write_bytes(b"the earlier printout")
    real_open = builtins.open

    def failing_open(file, mode="r", *a, **kw):  # type: ignore[no-untyped-def]
        fh = real_open(file, mode, *a, **kw)
        if "w" in str(mode) and "b" in str(mode) and Path(str(file)).parent == tmp_path:
            return _DiskFullHalfway(fh, fault)
        return fh

    monkeypatch.setattr(builtins, "open", failing_open)
    with pytest.raises((RuleError, KeyboardInterrupt)):
        make(target)
    monkeypatch.undo()
    assert target.read_bytes() == b"the earlier printout"
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]  # no .part, no 0-byte file

    fresh = tmp_path / f"new.{kind}"
    synced: list[int] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        synced.append(fd)
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    data = make(fresh)
    assert fresh.read_bytes() == data and synced  # written whole and forced to disk
    assert fresh.stat().st_mode & 0o777 == 0o600  # personal data: the owner only
