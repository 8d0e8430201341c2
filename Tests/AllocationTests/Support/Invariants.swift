import Allocation

/// Checks of a result against its problem, each returning the violations it finds (empty when
/// the property holds), so a failing test prints what went wrong.
enum Invariants {
    /// Every check below that holds for every run.
    static func all(_ r: AllocationResult) -> [String] {
        capacity(r) + eligibility(r) + clashes(r) + slots(r) + studyGroups(r) + stability(r) + nonWasteful(r)
            + minimums(r)
    }

    static func capacity(_ r: AllocationResult) -> [String] {
        r.problem.clubs.indices.compactMap { c in
            let members = r.members(ofClub: c)
            if members.count > r.problem.clubs[c].capacity {
                return "club \(c) holds \(members.count) > \(r.problem.clubs[c].capacity)"
            }
            if r.isCancelled(club: c), !members.isEmpty { return "cancelled club \(c) has members" }
            if members.count != r.memberCount(ofClub: c) { return "club \(c) member count differs" }
            return nil
        }
    }

    static func eligibility(_ r: AllocationResult) -> [String] {
        var found: [String] = []
        for s in r.problem.students.indices {
            for place in r.clubs(of: s) {
                if !SerialDictatorship.suitable(r.problem, s, place.club) {
                    found.append("student \(s) unsuitable for \(place.club)")
                }
                if r.isCancelled(club: place.club) { found.append("student \(s) in cancelled \(place.club)") }
                if r.problem.choices.list(of: s)[place.rank - 1] != place.club {
                    found.append("student \(s) rank \(place.rank) wrong")
                }
                if !r.members(ofClub: place.club).contains(s) {
                    found.append("student \(s) missing from \(place.club)'s members")
                }
            }
        }
        return found
    }

    static func clashes(_ r: AllocationResult) -> [String] {
        r.problem.students.indices.compactMap { s in
            let places = r.clubs(of: s).map(\.club)
            if places.count > r.problem.clubsPerStudent { return "student \(s) holds \(places.count) clubs" }
            for (i, a) in places.enumerated() {
                for b in places[(i + 1)...] where a == b || r.problem.clubs[a].clashes(with: r.problem.clubs[b]) {
                    return "student \(s) holds clashing \(a) and \(b)"
                }
            }
            return nil
        }
    }

    /// Every enrolled (day, segment) filled exactly once, by a held club meeting then or by a
    /// study group of the student's grade for that slot; nothing outside the enrolment.
    static func slots(_ r: AllocationResult) -> [String] {
        var found: [String] = []
        for (s, student) in r.problem.students.enumerated() {
            let week = r.week(of: s)
            let expected = (0..<7).flatMap { d in (0..<r.problem.segmentCount).map { (d, $0) } }
                .filter { student.isEnrolled(day: $0.0, segment: $0.1) }
            if week.map({ [$0.day, $0.segment] }) != expected.map({ [$0.0, $0.1] }) {
                found.append("student \(s) week slots \(week.map { ($0.day, $0.segment) }) != \(expected)")
                continue
            }
            let held = Set(r.clubs(of: s).map(\.club))
            var covered = 0
            for p in week {
                switch p.assignment {
                case .club(let c, let rank):
                    let club = r.problem.clubs[c]
                    if !held.contains(c) || !club.days.contains(day: p.day) || club.segment != p.segment {
                        found.append("student \(s) in club \(c) at \(p.day)/\(p.segment) wrongly")
                    }
                    if r.clubs(of: s).first(where: { $0.club == c })?.rank != rank {
                        found.append("student \(s) rank differs")
                    }
                    covered += 1
                case .studyGroup(let g):
                    let group = r.studyGroups[g]
                    if group.grade != student.grade || group.day != p.day || group.segment != p.segment {
                        found.append("student \(s) in study group \(group.key) at \(p.day)/\(p.segment)")
                    }
                }
                if r.placement(of: s, day: p.day, segment: p.segment) != p {
                    found.append("placement lookup differs for \(s)")
                }
            }
            let clubSlots = r.clubs(of: s).reduce(0) { $0 + r.problem.clubs[$1.club].days.count }
            if covered != clubSlots { found.append("student \(s) club slots \(covered) != \(clubSlots)") }
        }
        return found
    }

    /// Study groups: per grade, day and segment, ceil(n / size) groups numbered 1...count, sizes
    /// within one of each other, rosters matching the weeks.
    static func studyGroups(_ r: AllocationResult) -> [String] {
        var found: [String] = []
        let rosters = r.studyGroupRosters()
        var bySlot: [[Int]: [Int]] = [:]
        for (g, group) in r.studyGroups.enumerated() {
            bySlot[[group.grade, group.day, group.segment], default: []].append(g)
            if rosters[g].count != group.size {
                found.append("group \(group.key) roster \(rosters[g].count) != size \(group.size)")
            }
            if r.members(ofStudyGroup: g) != rosters[g] { found.append("group \(group.key) roster lookups differ") }
            for s in rosters[g]
            where r.placement(of: s, day: group.day, segment: group.segment)?.assignment != .studyGroup(g) {
                found.append("student \(s) listed in \(group.key) but placed elsewhere")
            }
        }
        for (_, groups) in bySlot {
            let sizes = groups.map { r.studyGroups[$0].size }
            let total = sizes.reduce(0, +)
            let size = r.problem.studyGroupSize
            if groups.count != (total + size - 1) / size {
                found.append("\(groups.count) groups for \(total) students of size \(size)")
            }
            if (sizes.max() ?? 0) - (sizes.min() ?? 0) > 1 || (sizes.max() ?? 0) > size {
                found.append("uneven sizes \(sizes)")
            }
            if groups.map({ r.studyGroups[$0].index }) != Array(1...groups.count) { found.append("group numbering") }
            if groups.contains(where: { r.studyGroups[$0].count != groups.count }) { found.append("group count field") }
        }
        return found
    }

    /// Stable within each round: for every student active in round r and every suitable club
    /// they ranked above what round r gave them (all their clubs if nothing), not held or
    /// clashing before r: the club was full at the end of round r and everyone it admitted in
    /// round r was drawn before the student.
    static func stability(_ r: AllocationResult) -> [String] {
        var found: [String] = []
        let position = { (s: Int) in r.lottery.position(of: s) ?? 0 }
        for s in r.problem.students.indices where r.problem.students[s].isEnrolled {
            let places = r.clubs(of: s)
            for round in 1...min(places.count + 1, r.problem.clubsPerStudent) {
                let before = places.filter { $0.round < round }
                let given = places.first { $0.round == round }
                for (i, c) in r.problem.choices.list(of: s).enumerated() {
                    if let given, i + 1 >= given.rank { break }
                    guard SerialDictatorship.suitable(r.problem, s, c), !r.isCancelled(club: c),
                        !before.contains(where: {
                            $0.club == c || r.problem.clubs[$0.club].clashes(with: r.problem.clubs[c])
                        })
                    else { continue }
                    let admitted = r.members(ofClub: c).compactMap { m in
                        r.clubs(of: m).first { $0.club == c }.map { (m, $0.round) }
                    }
                    if admitted.filter({ $0.1 <= round }).count < r.problem.clubs[c].capacity {
                        found.append("student \(s) round \(round): club \(c) had a free seat")
                    }
                    for (m, _) in admitted.filter({ $0.1 == round }) where position(m) > position(s) {
                        found.append("student \(s) round \(round): club \(c) admitted later-drawn \(m)")
                    }
                }
            }
        }
        return found
    }

    /// No student could move into a club with a free seat that they rank above a club they
    /// would give up for it (or simply take it, below their limit), without a clash.
    static func nonWasteful(_ r: AllocationResult) -> [String] {
        var found: [String] = []
        for s in r.problem.students.indices where r.problem.students[s].isEnrolled {
            let places = r.clubs(of: s)
            let list = r.problem.choices.list(of: s)
            for (i, c) in list.enumerated() where list.firstIndex(of: c) == i {
                guard SerialDictatorship.suitable(r.problem, s, c), !r.isCancelled(club: c),
                    r.memberCount(ofClub: c) < r.problem.clubs[c].capacity, !places.contains(where: { $0.club == c })
                else { continue }
                let clashing = places.filter { r.problem.clubs[$0.club].clashes(with: r.problem.clubs[c]) }
                if clashing.isEmpty, places.count < r.problem.clubsPerStudent {
                    found.append("student \(s) could simply take free club \(c)")
                }
                for h in places where h.rank > i + 1 && clashing.allSatisfy({ $0.club == h.club }) {
                    found.append("student \(s) would swap club \(h.club) for free club \(c)")
                }
            }
        }
        return found
    }

    /// After cancellations every open club with a minimum meets it.
    static func minimums(_ r: AllocationResult) -> [String] {
        r.problem.clubs.indices.compactMap { c in
            let club = r.problem.clubs[c]
            guard !r.isCancelled(club: c), club.minimum > 0, r.memberCount(ofClub: c) < club.minimum else { return nil }
            return "club \(c) runs with \(r.memberCount(ofClub: c)) < minimum \(club.minimum)"
        }
    }
}

extension Invariants {
    /// `explain` agrees with the result: given exactly the held clubs; "full" only for clubs
    /// that are full, with a first-round cut-off drawn before the student; "not reached" only
    /// below the last held club of a student at their limit.
    static func explanation(_ r: AllocationResult, student s: Int) -> [String] {
        var found: [String] = []
        let explained = r.explain(student: s)
        let places = r.clubs(of: s)
        let position = r.lottery.position(of: s) ?? 0
        if explained.count != r.problem.choices[s].count { found.append("student \(s): wrong count") }
        for e in explained {
            switch e.outcome {
            case .given(let round):
                if !places.contains(ClubPlace(club: e.club, rank: e.rank, round: round)) {
                    found.append("student \(s): given \(e.club) not held")
                }
            case .full(let full):
                if r.memberCount(ofClub: e.club) < r.problem.clubs[e.club].capacity {
                    found.append("student \(s): \(e.club) not full")
                }
                if full.position != position { found.append("student \(s): position") }
                if full.round == full.filledInRound, let cutoff = full.cutoff, cutoff > position {
                    found.append("student \(s): cut-off \(cutoff) after own \(position) in \(e.club)")
                }
            case .notReached:
                if places.count < r.problem.clubsPerStudent || places.contains(where: { $0.rank > e.rank }) {
                    found.append("student \(s): choice \(e.rank) said not reached")
                }
            case .clashes(let club, _):
                if !places.contains(where: { $0.club == club })
                    || !r.problem.clubs[club].clashes(with: r.problem.clubs[e.club])
                {
                    found.append("student \(s): bad clash")
                }
            case .ineligible:
                if places.contains(where: { $0.rank == e.rank }) {
                    found.append("student \(s): held choice called ineligible")
                }
            }
        }
        for place in places
        where !explained.contains(where: { $0.rank == place.rank && $0.outcome == .given(round: place.round) }) {
            found.append("student \(s): held \(place.club) not explained as given")
        }
        return found
    }
}
