"""The unseen gazettes rewritten as other sources give them, each scored
again against its own gold (tests/unseen/): the facts must not change.

- cut at a page's width and printed to a PDF, as a gazette's PDF gives its
  text layer back (lines cut mid-word, a closing mark hung at a line's end,
  pages apart);
- converted to traditional characters, as a Hong Kong or Taiwan mirror, or
  an old provincial site, serves them;
- saved as a web page, a paragraph per ``<p>`` and rows of cells as a table.

These rewritings found real faults (a 更正 notice that no longer found its
document in traditional characters; the paragraphs of a web page joined as
if a PDF had cut them; every page's first line glued to the last line of the
page before); each gazette that once failed is kept here."""
from __future__ import annotations

import html
from pathlib import Path

import pytest

import kg
from pdf_writer import cut_at_width, pdf_bytes

UNSEEN = Path(__file__).parent / "unseen"

# cut at a page's width: the gazettes that lost facts so before the fixes
CUT = ["aq_roster_by_unit", "as_ab_roles", "av_web_markdown", "ax_subdistrict_office", "bg_roster_two_per_line",
       "bh_letter_spaced_pdf", "bl_acting_heads", "br_annex_rosters", "cd_fullwidth_digits_tasks",
       "cn_prefecture_issue_two_counties", "cr_old_style_2005", "cv_npc_standing_committee", "cz_liaison_points",
       "e_district_numbered", "es_ascii_numbered_heads", "fi_dotted_names_group_posts",
       "fj_meeting_minutes_decisions", "ft_successor_by_person", "fu_trailing_attribution_blocks",
       "fy_correction_notice_bound_volume", "ga_dash_signed_ordinal_blocks", "ge_scraped_table_cell_per_line",
       "gh_prefecture_county_next_line_units", "gi_command_prose_member_units",
       "gl_county_trad_halfwidth_comma_only_tongzhi_heads", "h_tasks_mixed",
       "hf_prefecture_xingshu_zhuanyuan_dotted_names_diqu_prefix", "hh_county_post_name_heads_numbered_ab_table",
       "im_county_city_2017_bare_units_no_prefix_not_directly_clause",
       "is_city_2017_inclusion_brackets_category_semicolons", "jc_township_2022_flood_hq_zone_groups_village_posts",
       "je_region_2009_chairman_fused_heads_zizhiqu_bare_items",
       "jf_county_2025_fenguan_lingyu_guadian_lianxi_farm_companies",
       "jk_town_2021_guangdong_zhidao_lianxi_zhudian_no_prefix_offices",
       "jo_township_2019_forest_fire_hq_aff_then_bracketed_names",
       "jv_city_2015_hubei_group_full_time_deputy_shared_unit_fused_names",
       "kr_district_2021_tianjin_comma_sector_groups_generic_class_tails_duikou_lianxi",
       "ks_county_2017_qinghai_government_office_leaders_gu_units_gongzuo_suffix_duikou_fuwu",
       "kw_district_2021_hunan_division_inline_b_jiao_lines_zhuahao",
       "ky_county_2023_guangxi_counted_deng_tails_count_mismatch_xiezuo_liaison",
       "lb_district_2019_reform_transition_chou_status_brackets_former_bureau",
       "le_district_2016_hainan_padded_post_heads_guadian_village_committees",
       "mb_county_2018_guizhou_emergency_plan_decimal_outline_post_roster_work_groups",
       "q_numbered_subitems", "w_district_change", "x_mixed_punct_names", "z_roster_notes"]

ALL = sorted(p.stem for p in UNSEEN.glob("*.txt") if p.with_suffix(".json").exists())
# (every third gazette: the conversions rarely fail, and each build costs)
SAMPLE = ALL[::3]

# what these rewritings cannot keep, and why
LIMITS = {
    ("page", "bh_letter_spaced_pdf"):
        "PDF text spaced letter by letter, pasted a line per paragraph with &nbsp; for its spaces: "
        "the width its lines were cut at is not measured, and two cut unit names stay cut",
    ("traditional", "ho_province_name_post_fused_coordinate_verbs"):
        "the surname 麹 is written 麴 in traditional characters, which converts back as 曲 (酒麴 → 酒曲)",
}


def _cut(text: str, cols: int = 72) -> str:
    return cut_at_width(text, cols, tables_whole=True)


def _traditional(text: str) -> str:
    import opencc
    return opencc.OpenCC("s2t").convert(text)


def _page(text: str) -> str:
    body, rows = [], []
    for line in text.split("\n") + [""]:
        if "\t" in line:
            rows.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in line.split("\t")) + "</tr>")
            continue
        if rows:
            body.append("<table>" + "".join(rows) + "</table>")
            rows = []
        if line.strip():
            body.append(f"<p>{html.escape(line).replace(' ', '&nbsp;')}</p>")
    return ("<html><head><meta charset='utf-8'><title>公报</title><script>var a='<p>x</p>';</script></head>"
            "<body><div class='nav'>首页 &gt; 政府公报</div>\n" + "\n".join(body) + "\n</body></html>")


def _rewrite(kind: str, text: str) -> tuple[bytes, str]:
    if kind == "pdf":
        return pdf_bytes(_cut(text)), ".pdf"
    if kind == "traditional":
        return _traditional(text).encode("utf-8"), ".txt"
    return _page(text).encode("utf-8"), ".html"


def _scores(kind: str, stem: str, tmp_path) -> dict:
    from extract import reader
    data, suffix = _rewrite(kind, reader.read(UNSEEN / f"{stem}.txt"))
    src = tmp_path / f"{stem}{suffix}"
    src.write_bytes(data)
    kg.build([src], tmp_path / "out")
    tasks = UNSEEN / f"{stem}.tasks.json"
    return kg.evaluate(tmp_path / "out", UNSEEN / f"{stem}.json", tasks if tasks.exists() else None)


def _low(scores: dict, stem: str) -> dict:
    # (c_prose's members stay below one as written: see tests/test_unseen.py)
    return {rel: round(r["f1"], 3) for rel, r in scores.items()
            if r["f1"] < (0.6 if (stem, rel) == ("c_prose", "members") else 0.98)}


@pytest.mark.parametrize("stem", CUT)
def test_a_gazette_cut_at_a_pages_width_in_a_pdf_reads_the_same(stem, tmp_path):
    assert _low(_scores("pdf", stem, tmp_path), stem) == {}


@pytest.mark.parametrize("kind", ["traditional", "page"])
@pytest.mark.parametrize("stem", SAMPLE)
def test_a_gazette_in_traditional_characters_or_as_a_web_page_reads_the_same(kind, stem, tmp_path):
    limit = LIMITS.get((kind, stem))
    low = _low(_scores(kind, stem, tmp_path), stem)
    if limit:
        assert low, f"a known limit no longer holds, remove it: {limit}"
        return
    assert low == {}
