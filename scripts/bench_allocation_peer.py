"""Runs the `matching` package's HospitalResident solver on an instance written by
allocation-bench, checks that every student gets the same club, and prints both times.

Usage: bench_allocation_peer.py INSTANCE ASSIGNMENT BENCH_OUTPUT

BENCH_OUTPUT is what allocation-bench printed; its `name=seconds` lines give the engine's times.

Clubs rank their applicants in lottery order, so the resident-optimal stable matching is
the outcome the engine must reproduce with one club per student.
"""

import sys
import threading
import time
import warnings


def read_instance(path):
    with open(path, encoding="utf-8") as f:
        header = f.readline().split()
        if header[:2] != ["afterschool-allocation-instance", "1"]:
            sys.exit(f"error: '{path}' is not an allocation instance")
        fields = dict(zip(header[2::2], header[3::2]))
        if fields.get("clubs-per-student") != "1":
            sys.exit("error: the comparison needs one club per student (--clubs-per-student 1)")
        capacities, students = [], []
        for line in f:
            kind, *rest = line.split()
            if kind == "c":
                capacities.append(int(rest[0]))
            else:
                students.append((int(rest[0]), [int(c) for c in rest[1:]]))
    return capacities, students


def read_assignment(path):
    with open(path, encoding="utf-8") as f:
        return [int(line.split()[1]) for line in f if line.strip()]


def game_inputs(capacities, students):
    """Residents' lists and hospitals' rankings; clubs without seats or applicants left out."""
    resident_prefs = {}
    applicants = {}
    for s, (position, clubs) in enumerate(students):
        clubs = [c for c in clubs if capacities[c] > 0]
        if position == 0 or not clubs:
            continue
        resident_prefs[s] = clubs
        for c in clubs:
            applicants.setdefault(c, []).append((position, s))
    hospital_prefs = {c: [s for _, s in sorted(ranked)] for c, ranked in applicants.items()}
    hospital_capacities = {c: capacities[c] for c in hospital_prefs}
    return resident_prefs, hospital_prefs, hospital_capacities


def solve(resident_prefs, hospital_prefs, hospital_capacities):
    from matching.games import HospitalResident

    warnings.simplefilter("ignore")
    start = time.perf_counter()
    game = HospitalResident.create_from_dictionaries(resident_prefs, hospital_prefs, hospital_capacities)
    created = time.perf_counter()
    solution = game.solve(optimal="resident")
    solved = time.perf_counter()
    assigned = {}
    for hospital, residents in solution.items():
        for resident in residents:
            assigned[resident.name] = hospital.name
    return assigned, created - start, solved - created


def read_times(path):
    with open(path, encoding="utf-8") as f:
        pairs = (line.strip().split("=", 1) for line in f if "=" in line)
        return {key: float(value) for key, value in pairs}


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    capacities, students = read_instance(sys.argv[1])
    engine = read_assignment(sys.argv[2])
    times = read_times(sys.argv[3])
    engine_seconds, matching_seconds = times["engine_seconds"], times["matching_seconds"]
    acceptance_seconds = times["acceptance_seconds"]
    assigned, create_seconds, solve_seconds = solve(*game_inputs(capacities, students))
    peer = [assigned.get(s, -1) for s in range(len(students))]
    differences = [s for s in range(len(students)) if peer[s] != engine[s]]
    placed = sum(1 for c in peer if c >= 0)
    print(f"students: {len(students)}, clubs: {len(capacities)}, placed by both: {placed}")
    if differences:
        s = differences[0]
        print(f"DIFFERENT: {len(differences)} students; first: student {s}, engine {engine[s]}, matching {peer[s]}")
    else:
        print("identical assignment: every student got the same club")
    peer_seconds = create_seconds + solve_seconds
    print(f"matching 1.4.3: {peer_seconds:.6f} s ({create_seconds:.6f} s building the game, "
          f"{solve_seconds:.6f} s solving it)")
    print(f"engine: {matching_seconds:.6f} s to draw, pack and match ({acceptance_seconds:.6f} s of it "
          f"deferred acceptance; {engine_seconds:.6f} s with study groups and weeks)")
    print(f"ratio: {peer_seconds / matching_seconds:.0f}x (build and solve vs draw, pack and match)")
    print(f"ratio: {solve_seconds / acceptance_seconds:.0f}x (solve vs deferred acceptance)")
    print(f"ratio: {solve_seconds / engine_seconds:.0f}x (solve alone vs the whole engine, study groups included)")
    return 1 if differences else 0


if __name__ == "__main__":
    # The package deep-copies its linked players, which recurses once per link: give it room.
    sys.setrecursionlimit(1_000_000)
    threading.stack_size(1 << 30)
    outcome = []
    worker = threading.Thread(target=lambda: outcome.append(main()))
    worker.start()
    worker.join()
    sys.exit(outcome[0] if outcome else 1)
