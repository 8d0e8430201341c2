extension Roster {
    /// `club leave`: `student` leaves `club`; the seat goes to the waitlist's head, whose
    /// displaced places go to their own waitlists' heads, and so on. The leaver takes no part
    /// in the chain (they asked to leave, not to move). Returns every move in order.
    public mutating func leave(student: Int, club: Int) throws(RosterError) -> [Move] {
        try check(student: student, club: club)
        guard clubMembers[club].contains(student) else {
            throw .notMember(student: problem.students[student].id, club: club)
        }
        var moves: [Move] = []
        declined.insert(Pair(student: student, club: club))
        dropClub(club, of: student, keepingSlotsOf: nil, moves: &moves)
        offerSeats(freed: [club], excluding: student, moves: &moves)
        return moves
    }

    /// `match place`: a late-enrolled `student` takes free seats of their choices, best first,
    /// and joins their grade's study groups everywhere else. Nobody else moves.
    public mutating func place(student: Int) throws(RosterError) -> [Move] {
        try check(student: student, club: nil)
        let id = problem.students[student].id
        guard problem.students[student].isEnrolled else { throw .notEnrolled(student: id) }
        guard held[student].isEmpty, studyPlaces[student].isEmpty else { throw .alreadyPlaced(student: id) }
        withdrawn.remove(student)
        var moves: [Move] = []
        for c in problem.choices[student].map(Int.init) where held[student].count < problem.clubsPerStudent {
            guard problem.clubs.indices.contains(c), freeSeats(inClub: c) > 0,
                let drops = displaced(by: c, for: student), drops.isEmpty
            else { continue }
            joinClub(c, student: student, moves: &moves)
        }
        fillStudySlots(of: student, moves: &moves)
        return moves
    }

    /// `match remove`: `student` leaves the service; their seats stay free and nobody else moves.
    public mutating func remove(student: Int) throws(RosterError) -> [Move] {
        try check(student: student, club: nil)
        withdrawn.insert(student)
        var moves: [Move] = []
        for h in held[student].sorted(by: { $0.club < $1.club }) {
            clubMembers[h.club].remove(student)
            moves.append(.leaveClub(student: student, club: h.club))
        }
        held[student] = []
        for (_, group) in studyPlaces[student].sorted(by: { $0.key < $1.key }) {
            groupMembers[group]?.remove(student)
            moves.append(.leaveStudyGroup(student: student, group: group))
        }
        studyPlaces[student] = [:]
        return moves
    }

    private func check(student: Int, club: Int?) throws(RosterError) {
        guard problem.students.indices.contains(student) else { throw .unknown(student: student, club: nil) }
        if let club, !problem.clubs.indices.contains(club) { throw .unknown(student: nil, club: club) }
    }

    /// Offers each freed seat, one at a time, to the head of its club's waitlist.
    mutating func offerSeats(freed: [Int], excluding leaver: Int, moves: inout [Move]) {
        var queue = freed
        var next = 0
        while next < queue.count {
            let club = queue[next]
            next += 1
            guard freeSeats(inClub: club) > 0, let head = waitlist(ofClub: club).first(where: { $0 != leaver }),
                let drops = displaced(by: club, for: head)
            else { continue }
            for d in drops { dropClub(d, of: head, keepingSlotsOf: club, moves: &moves) }
            joinClub(club, student: head, moves: &moves)
            queue.append(contentsOf: drops)
        }
    }

    /// Takes `student` out of `club`; the slots it frees go to study groups, except those that
    /// `keepingSlotsOf` (the club the student is moving to) is about to fill.
    mutating func dropClub(_ club: Int, of student: Int, keepingSlotsOf incoming: Int?, moves: inout [Move]) {
        clubMembers[club].remove(student)
        held[student].removeAll { $0.club == club }
        moves.append(.leaveClub(student: student, club: club))
        let c = problem.clubs[club]
        for day in c.days.dayIndices {
            if let incoming, problem.clubs[incoming].segment == c.segment,
                problem.clubs[incoming].days.contains(day: day)
            {
                continue
            }
            joinStudyGroup(student: student, day: day, segment: c.segment, moves: &moves)
        }
    }

    /// Puts `student` in `club`, leaving the study groups of the slots it covers.
    mutating func joinClub(_ club: Int, student: Int, moves: inout [Move]) {
        let c = problem.clubs[club]
        for day in c.days.dayIndices {
            if let group = studyPlaces[student].removeValue(forKey: slot(day, c.segment)) {
                groupMembers[group]?.remove(student)
                moves.append(.leaveStudyGroup(student: student, group: group))
            }
        }
        let rank = problem.choices.rank(of: club, for: student)
        held[student].append(Held(club: club, rank: rank))
        clubMembers[club].insert(student)
        moves.append(.joinClub(student: student, club: club, rank: rank ?? 0))
    }

    /// Joins a study group in every enrolled slot the student has no place in.
    mutating func fillStudySlots(of student: Int, moves: inout [Move]) {
        guard let enrolment = problem.students[student].enrolment else { return }
        for day in enrolment.days.dayIndices {
            for segment in 0...enrolment.until where studyPlaces[student][slot(day, segment)] == nil {
                let inClub = held[student].contains {
                    problem.clubs[$0.club].segment == segment && problem.clubs[$0.club].days.contains(day: day)
                }
                if !inClub { joinStudyGroup(student: student, day: day, segment: segment, moves: &moves) }
            }
        }
    }

    /// Joins the grade's study group for the slot: one under the size limit with the most
    /// classmates, else the smallest; a new group only when the slot has none.
    mutating func joinStudyGroup(student: Int, day: Int, segment: Int, moves: inout [Move]) {
        let s = problem.students[student]
        guard s.isEnrolled(day: day, segment: segment) else { return }
        let candidates = groupMembers.filter {
            $0.key.grade == s.grade && $0.key.day == day && $0.key.segment == segment
        }
        let group: StudyGroupKey
        if candidates.isEmpty {
            group = StudyGroupKey(grade: s.grade, day: day, segment: segment, index: 1)
        } else {
            let limit = problem.studyGroupSize
            let scored = candidates.map { key, members in
                let classmates = members.count { problem.students[$0].classIndex == s.classIndex }
                return (key: key, open: members.count < limit, classmates: classmates, size: members.count)
            }
            group =
                scored.min { a, b in
                    if a.open != b.open { return a.open }
                    if a.open, a.classmates != b.classmates { return a.classmates > b.classmates }
                    if a.size != b.size { return a.size < b.size }
                    return a.key < b.key
                }?.key ?? StudyGroupKey(grade: s.grade, day: day, segment: segment, index: 1)
        }
        studyPlaces[student][slot(day, segment)] = group
        groupMembers[group, default: []].insert(student)
        moves.append(.joinStudyGroup(student: student, group: group))
    }
}
