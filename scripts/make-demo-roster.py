#!/usr/bin/env python3
"""Generates the demo school in Catalog/samples.

Writes three files, the same bytes for the same seed:

  roster.csv            about 600 students in grades 1-5, four classes a grade, with guardians
  clubs.afterschool     the `club publish` lines of the demo's clubs
  choices.afterschool   each family's enrolment (`enrol`) and each child's ranked choices (`choose`)

The list of clubs below is the single source of both club files: a child only ranks clubs that
serve their grade, meet on days they are enrolled for, and meet in a segment their enrolment
reaches. Python 3.10 or later, standard library only.

    python3 scripts/make-demo-roster.py [--seed N] [--out DIR]
"""

import argparse
import csv
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_SEED = 2026
WEEK = ["mon", "tue", "wed", "thu", "fri"]
SEGMENTS = ["activity", "latecare"]  # in the order of the afternoon

# --- names -------------------------------------------------------------------------------------

# Common surnames, weighted towards those frequent in Shanghai and Jinshan.
SURNAMES = (
    ["张"] * 9 + ["王"] * 9 + ["陈"] * 8 + ["沈"] * 7 + ["朱"] * 7 + ["徐"] * 7 + ["李"] * 6
    + ["陆"] * 6 + ["顾"] * 6 + ["周"] * 6 + ["金"] * 5 + ["吴"] * 5 + ["杨"] * 5 + ["刘"] * 5
    + ["黄"] * 4 + ["蔡"] * 4 + ["姚"] * 4 + ["钱"] * 4 + ["胡"] * 4 + ["孙"] * 4 + ["曹"] * 3
    + ["唐"] * 3 + ["蒋"] * 3 + ["马"] * 3 + ["赵"] * 3 + ["许"] * 3 + ["郁"] * 2 + ["倪"] * 2
    + ["戴"] * 2 + ["范"] * 2 + ["潘"] * 2 + ["凌"] * 2 + ["俞"] * 2 + ["邵"] * 2 + ["卫"] * 2
    + ["高", "林", "郑", "谢", "宋", "韩", "冯", "彭", "叶", "程", "袁", "丁", "汤", "方", "何", "罗"]
)

# Given names of children born 2015-2021.
BOY_NAMES = [
    "子轩", "浩宇", "宇轩", "梓豪", "俊熙", "沐宸", "一鸣", "睿泽", "子墨", "皓轩", "宇航", "奕辰",
    "浩然", "思远", "嘉豪", "天佑", "博文", "承泽", "君浩", "明哲", "梓睿", "嘉懿", "铭泽", "景行",
    "逸凡", "子涵", "俊杰", "晨阳", "煜城", "泽宇", "昊天", "锦程", "宸宇", "安哲", "亦辰", "家乐",
    "杰", "昊", "睿", "航", "宇", "轩",
]
GIRL_NAMES = [
    "梓涵", "一诺", "欣怡", "梓萱", "诗涵", "若汐", "雨桐", "可馨", "思彤", "语桐", "欣妍", "佳怡",
    "紫涵", "芷若", "沐晴", "子琪", "梦瑶", "雨涵", "依诺", "安然", "心悦", "晓彤", "诗琪", "思琪",
    "悦彤", "嘉怡", "语嫣", "雅琪", "乐瑶", "书瑶", "梓琳", "若曦", "静怡", "亦菲", "佳琪", "舒然",
    "萱", "琪", "悦", "彤", "瑶", "妍",
]
# Given names of parents born 1980-1992.
FATHER_NAMES = [
    "伟", "磊", "勇", "杰", "军", "涛", "斌", "强", "俊", "峰", "超", "鹏", "建华", "志刚", "海峰",
    "晓东", "建军", "永明", "国强", "文杰", "立新", "卫东", "春华", "振宇", "海涛", "剑", "敏杰",
]
MOTHER_NAMES = [
    "静", "丽", "敏", "艳", "娟", "婷", "洁", "燕", "倩", "颖", "琳", "霞", "晓燕", "丽萍", "雪芳",
    "慧敏", "春燕", "佳", "红梅", "海燕", "秀英", "晓红", "蓓蕾", "文静", "莉", "瑾", "怡",
]

# --- the clubs ---------------------------------------------------------------------------------

# The facts of the module templates the demo publishes from, as Plugins/<module>/module.yaml
# declares them (grades, capacity, days, segment); a club's own flags override them.
TEMPLATES = {
    ("arts", 1): dict(grades=(1, 2), capacity=25, days=["tue"], segment="activity"),
    ("arts", 2): dict(grades=(3, 5), capacity=20, days=["wed"], segment="activity"),
    ("arts", 3): dict(grades=(2, 5), capacity=35),
    ("arts", 4): dict(grades=(1, 3), capacity=20),
    ("science", 1): dict(grades=(3, 5), capacity=24, days=["thu"], segment="activity"),
    ("science", 3): dict(grades=(3, 5), capacity=20),
    ("science", 4): dict(grades=(3, 5), capacity=20),
    ("sports", 1): dict(grades=(3, 5), capacity=24, days=["tue", "thu"], segment="activity"),
    ("sports", 2): dict(grades=(1, 5), capacity=30),
    ("sports", 3): dict(grades=(2, 5), capacity=16),
    ("sports", 4): dict(grades=(3, 5), capacity=20),
    ("sports", 5): dict(grades=(1, 2), capacity=30, segment="latecare"),
    ("sports", 6): dict(grades=(1, 5), capacity=30),
    ("labor", 1): dict(grades=(2, 5), capacity=25, days=["wed"], segment="activity"),
    ("labor", 2): dict(grades=(1, 2), capacity=30, segment="latecare"),
    ("labor", 3): dict(grades=(4, 5), capacity=16),
    ("labor", 4): dict(grades=(3, 5), capacity=24),
    ("labor", 5): dict(grades=(3, 5), capacity=20, segment="latecare"),
    ("reading", 1): dict(grades=(1, 2), capacity=25, days=["mon"], segment="activity"),
    ("reading", 2): dict(grades=(1, 3), capacity=25),
    ("reading", 3): dict(grades=(4, 5), capacity=20),
    ("study", 1): dict(grades=(1, 2), capacity=35, days=WEEK, segment="activity"),
    ("study", 3): dict(grades=(4, 5), capacity=40, segment="latecare"),
    ("study", 4): dict(grades=(4, 5), capacity=20, segment="activity"),
}


@dataclass
class Club:
    """One club of the demo: published from a template (with overriding flags) or from scratch."""

    id: str
    module: str
    staff: str  # a teacher id (T..) or an outside provider's contract id (C..)
    room: str
    popularity: float  # how keen children are on it, relative to the others
    template: int | None = None
    title: str | None = None
    grades: tuple[int, int] | None = None
    capacity: int | None = None
    days: list[str] | None = None
    segment: str | None = None
    sets: dict[str, str] = field(default_factory=dict)

    def fact(self, name):
        """The club's fact as published: its own flag, else its template's."""
        own = getattr(self, name)
        if own is not None:
            return own
        return TEMPLATES.get((self.module, self.template), {}).get(name)

    def command(self):
        words = ["club publish", f"--module {self.module}"]
        if self.template is not None:
            words.append(f"--template {self.template}")
        words.append(f"--id {self.id}")
        if self.title is not None:
            words.append(f"--title {self.title}")
        if self.grades is not None:
            words.append(f"--grades {self.grades[0]}-{self.grades[1]}")
        if self.capacity is not None:
            words.append(f"--capacity {self.capacity}")
        if self.days is not None:
            words.append(f"--days {','.join(self.days)}")
        if self.segment is not None:
            words.append(f"--segment {self.segment}")
        words.append(f"--{'contract' if self.staff.startswith('C') else 'teacher'} {self.staff}")
        words.append(f"--room {self.room}")
        words += [f"--set {key}={value}" for key, value in self.sets.items()]
        return " ".join(words)


CLUBS = [
    # arts: the activity segment only
    Club("arts-paint", "arts", "T01", "美术室", 2.0, template=1),
    Club("arts-nongmin", "arts", "C01", "美术室", 1.2, template=2),
    Club("arts-choir", "arts", "T02", "音乐室", 1.0, template=3, days=["mon", "thu"], segment="activity"),
    Club("arts-dance", "arts", "T03", "舞蹈房", 1.6, template=4, days=["wed"], segment="activity"),
    Club("arts-clay", "arts", "T01", "美术室", 1.8, title="陶艺", grades=(2, 4), capacity=20, days=["thu"],
         segment="activity", sets={"art_form": "craft", "room_type": "art_room", "materials": "陶泥和泥塑工具（学校提供）"}),
    # science: the activity segment only
    Club("sci-lab", "science", "T05", "科学实验室", 2.2, template=1),
    Club("sci-robot", "science", "C01", "科技活动室", 3.0, template=3, days=["mon", "wed"], segment="activity"),
    Club("sci-coding", "science", "C01", "计算机房", 2.5, template=4, days=["fri"], segment="activity"),
    Club("sci-weather", "science", "T07", "校园气象站", 0.9, title="天气小观测站", grades=(3, 5), capacity=25,
         days=["wed"], segment="activity", sets={"topic": "nature"}),
    # sports: activities and late care
    Club("sport-football", "sports", "T08", "操场", 3.0, template=1),
    Club("sport-rope", "sports", "T09", "操场", 1.4, template=2, days=["mon", "wed"], segment="activity"),
    Club("sport-pingpong", "sports", "T10", "乒乓球房", 2.0, template=3, days=["tue", "fri"], segment="activity"),
    Club("sport-basket", "sports", "T11", "体育馆", 2.4, template=4, days=["mon", "wed"], segment="activity"),
    Club("sport-games", "sports", "T08", "风雨操场", 1.5, template=5, days=["mon", "wed", "fri"]),
    Club("sport-wushu", "sports", "T09", "风雨操场", 1.1, template=6, days=["tue", "thu"], segment="latecare"),
    Club("sport-track", "sports", "T11", "操场", 1.2, title="田径", grades=(3, 5), capacity=30, days=["fri"],
         segment="activity", sets={"venue": "playground", "intensity": "high", "rain_plan": "雨天改在风雨操场做体能练习"}),
    # labour: activities and late care
    Club("labor-garden", "labor", "T12", "种植园", 1.3, template=1),
    Club("labor-selfcare", "labor", "T01", "102教室", 0.8, template=2, days=["tue", "thu"]),
    Club("labor-kitchen", "labor", "T05", "劳技教室", 2.6, template=3, days=["fri"], segment="activity"),
    Club("labor-weave", "labor", "T12", "劳技教室", 0.9, template=4, days=["mon"], segment="activity"),
    Club("labor-helpers", "labor", "T06", "图书馆", 0.7, template=5, days=["mon", "wed"]),
    # reading: the activity segment only
    Club("read-picture", "reading", "T04", "图书馆", 1.4, template=1),
    Club("read-english", "reading", "T10", "英语教室", 1.3, template=2, days=["thu"], segment="activity"),
    Club("read-circle", "reading", "T02", "图书馆", 1.0, template=3, days=["wed"], segment="activity"),
    Club("read-story", "reading", "T06", "阅览室", 1.1, title="故事大王", grades=(1, 3), capacity=30, days=["fri"],
         segment="activity", sets={"level": "picture", "format": "storytelling"}),
    # study: homework help and self-study, by school staff only
    Club("study-hw12", "study", "T13", "101教室", 0.8, template=1),
    Club("study-quiet", "study", "T14", "501教室", 0.6, template=3, days=WEEK),
    Club("study-qa", "study", "T14", "502教室", 0.5, template=4, days=["tue", "thu"]),
    Club("study-late12", "study", "T13", "101教室", 0.6, title="低年级晚托作业看护", grades=(1, 2), capacity=35,
         days=WEEK, segment="latecare", sets={"mode": "homework", "break_minutes": "15"}),
]

# --- families ----------------------------------------------------------------------------------

# A family's request (P2): which weekdays, and until which segment; weights are shares in percent.
DAY_PATTERNS = [(WEEK, 74), (["mon", "tue", "wed", "thu"], 9), (["mon", "wed", "fri"], 6),
                (["mon", "tue", "wed"], 4), (["tue", "thu"], 4), (["wed", "thu", "fri"], 3)]
ENROLLED_SHARE = 0.85
LATECARE_SHARE = 0.45
SIBLING_SHARE = 0.08  # of families
CHOICE_COUNTS = [(0, 8), (1, 7), (2, 15), (3, 25), (4, 20), (5, 25)]


@dataclass
class Student:
    grade: int
    klass: int
    name: str = ""
    id: str = ""
    family: "Family | None" = None


@dataclass
class Family:
    surname: str
    children: list[Student] = field(default_factory=list)
    id: str = ""
    guardian: str = ""
    phone: str = ""


def weighted(rng, pairs):
    values, weights = zip(*pairs)
    return rng.choices(values, weights=weights)[0]


def class_sizes(rng, grades=5, classes=4, total=600):
    """Class sizes of 28-32 that add up to `total`."""
    sizes = {(g, c): 30 for g in range(1, grades + 1) for c in range(1, classes + 1)}
    keys = list(sizes)
    for _ in range(12):
        a, b = rng.sample(keys, 2)
        if sizes[a] < 32 and sizes[b] > 28:
            sizes[a] += 1
            sizes[b] -= 1
    assert sum(sizes.values()) == total
    return sizes


def make_families(rng):
    slots = [Student(g, c) for (g, c), n in class_sizes(rng).items() for _ in range(n)]
    rng.shuffle(slots)
    families = []
    while slots:
        first = slots.pop()
        family = Family(surname=rng.choice(SURNAMES), children=[first])
        if rng.random() < SIBLING_SHARE:
            twins = rng.random() < 0.08
            partner = next((s for s in slots if (s.grade == first.grade) == twins), None)
            if partner is not None:
                slots.remove(partner)
                family.children.append(partner)
                if rng.random() < 0.06:
                    third = next((s for s in slots if s.grade not in (first.grade, partner.grade)), None)
                    if third is not None:
                        slots.remove(third)
                        family.children.append(third)
        families.append(family)
    return families


def name_everyone(rng, families):
    taken = set()  # (grade, class, name): no two children of a class share a name
    phones = set()
    for family in families:
        for child in family.children:
            while True:
                given = rng.choice(BOY_NAMES if rng.random() < 0.51 else GIRL_NAMES)
                if (child.grade, child.klass, family.surname + given) not in taken:
                    break
            child.name = family.surname + given
            child.family = family
            taken.add((child.grade, child.klass, child.name))
        if rng.random() < 0.55:
            family.guardian = family.surname + rng.choice(FATHER_NAMES)
        else:
            family.guardian = rng.choice(SURNAMES) + rng.choice(MOTHER_NAMES)
        while True:
            phone = "139" + "".join(rng.choice("0123456789") for _ in range(8))
            if phone not in phones:
                break
        phones.add(phone)
        family.phone = phone


def number_everyone(families):
    """Student ids by grade and class; guardian ids in the order their first child appears."""
    students = sorted((c for f in families for c in f.children), key=lambda s: (s.grade, s.klass, s.name))
    for n, student in enumerate(students, start=1):
        student.id = f"S{n:04d}"
    next_guardian = 1
    for student in students:
        if not student.family.id:
            student.family.id = f"G{next_guardian:04d}"
            next_guardian += 1
    return students


def write_roster(path, students):
    with open(path, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["student_id", "name", "grade", "class", "guardian_id", "guardian_name", "guardian_phone"])
        for s in students:
            writer.writerow([s.id, s.name, s.grade, f"{s.grade}-{s.klass}", s.family.id, s.family.guardian, s.family.phone])


def write_clubs(path, seed):
    lines = [
        f"# Generated by scripts/make-demo-roster.py (seed {seed}); edit the script, not this file.",
        "# The demo school's clubs, run by `source` from demo.afterschool after the teachers and the",
        "# outside provider's contract exist. Late care (latecare) is only for study, sports and labor.",
    ]
    module = None
    for club in CLUBS:
        if club.module != module:
            module = club.module
            lines += ["", f"# {module}"]
        lines.append(club.command())
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


def eligible(club, student, days, until):
    low, high = club.fact("grades")
    return (low <= student.grade <= high
            and all(d in days for d in club.fact("days"))
            and SEGMENTS.index(club.fact("segment")) <= SEGMENTS.index(until))


def write_choices(path, rng, seed, families, students):
    requests = {}
    for family in families:
        if rng.random() < ENROLLED_SHARE:
            until = "latecare" if rng.random() < LATECARE_SHARE else "activity"
            requests[family.id] = (weighted(rng, DAY_PATTERNS), until)
    lines = [
        f"# Generated by scripts/make-demo-roster.py (seed {seed}); edit the script, not this file.",
        "# Each enrolled child: the family's request for service (P2), then the child's ranked choices",
        "# (at most 5, each open to the child's grade, days and segment). Siblings share one request.",
        "",
    ]
    enrolled = chosen = 0
    for student in students:
        request = requests.get(student.family.id)
        if request is None:
            continue
        days, until = request
        lines.append(f"enrol {student.id} --days {','.join(days)} --until {until}")
        enrolled += 1
        open_clubs = [c for c in CLUBS if eligible(c, student, days, until)]
        count = min(weighted(rng, CHOICE_COUNTS), len(open_clubs))
        ranked = []
        for _ in range(count):
            pick = rng.choices(open_clubs, weights=[c.popularity for c in open_clubs])[0]
            open_clubs.remove(pick)
            ranked.append(pick.id)
        if ranked:
            lines.append(f"choose {student.id} {' '.join(ranked)}")
            chosen += 1
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return enrolled, chosen


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"random seed (default {DEFAULT_SEED})")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "Catalog" / "samples",
                        help="folder to write into (default: Catalog/samples of this repository)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    families = make_families(rng)
    name_everyone(rng, families)
    students = number_everyone(families)
    args.out.mkdir(parents=True, exist_ok=True)
    write_roster(args.out / "roster.csv", students)
    write_clubs(args.out / "clubs.afterschool", args.seed)
    enrolled, chosen = write_choices(args.out / "choices.afterschool", rng, args.seed, families, students)
    siblings = sum(1 for f in families if len(f.children) > 1)
    print(f"{len(students)} students, {len(families)} families ({siblings} with siblings), "
          f"{len(CLUBS)} clubs, {enrolled} enrolled, {chosen} with choices", file=sys.stderr)


if __name__ == "__main__":
    main()
