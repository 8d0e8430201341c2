extension AllocationResult {
    /// Every choice of `student`, in rank order, with what became of it and why.
    ///
    /// It replays the student's side of each round: in round r they asked every club down
    /// their list, skipping what they held and what clashed with it, until one took them; each
    /// club they asked before that was full. The first reason found for a choice is the one
    /// given (a club full in round 1 stays "full" even if it also clashes later).
    public func explain(student: Int) -> [ChoiceExplanation] {
        let list = Array(problem.choices[student])
        var outcomes = ineligibleOutcomes(student: student, list: list)
        let places = clubs(of: student)
        let position = lottery.position(of: student) ?? 0
        if problem.students[student].isEnrolled {
            let lastRound = min(places.count + 1, problem.clubsPerStudent)
            for round in 1...lastRound {
                let before = places.filter { $0.round < round }
                let given = places.first { $0.round == round }
                for (i, c) in list.enumerated() where !isIneligible(outcomes[i]) {
                    let club = Int(c)
                    if before.contains(where: { $0.club == club }) { continue }
                    if let clash = before.first(where: { problem.clubs[$0.club].clashes(with: problem.clubs[club]) }) {
                        if outcomes[i] == nil { outcomes[i] = .clashes(withClub: clash.club, rank: clash.rank) }
                        continue
                    }
                    if let given, given.club == club, given.rank == i + 1 {
                        outcomes[i] = .given(round: round)
                        break
                    }
                    if outcomes[i] == nil { outcomes[i] = .full(fullClub(club, round: round, position: position)) }
                }
                if given == nil { break }
            }
        }
        return list.indices.map { i in
            ChoiceExplanation(rank: i + 1, club: Int(list[i]), outcome: outcomes[i] ?? .notReached)
        }
    }

    private func isIneligible(_ outcome: ChoiceOutcome?) -> Bool {
        if case .ineligible = outcome { return true }
        return false
    }

    /// The choices that could never be given: unknown, unsuitable, repeated or cancelled clubs.
    private func ineligibleOutcomes(student: Int, list: [Int32]) -> [ChoiceOutcome?] {
        list.indices.map { i in
            let club = Int(list[i])
            if let reason = problem.ineligibility(student: student, club: club) { return .ineligible(reason) }
            if let first = list[..<i].firstIndex(of: list[i]) { return .ineligible(.duplicate(ofRank: first + 1)) }
            if isCancelled(club: club) { return .ineligible(.cancelled) }
            return nil
        }
    }

    /// When `club` filled up and its cut-off then, as seen by a student turned away in `round`.
    func fullClub(_ club: Int, round: Int, position: Int) -> FullClub {
        let capacity = problem.clubs[club].capacity
        let rounds = memberRounds(ofClub: club)
        var filled = round
        var seatsTaken = 0
        for r in 1...max(problem.clubsPerStudent, 1) {
            seatsTaken += rounds.filter { $0.round == r }.count
            if seatsTaken >= capacity {
                filled = min(r, round)
                break
            }
        }
        let cutoff = rounds.filter { $0.round == filled }.map(\.position).max()
        return FullClub(round: round, filledInRound: filled, cutoff: capacity == 0 ? nil : cutoff, position: position)
    }

    /// Each member of `club` with their draw position and the round that gave them the seat.
    func memberRounds(ofClub club: Int) -> [(position: Int, round: Int)] {
        members(ofClub: club).map { s in
            let round = clubs(of: s).first { $0.club == club }?.round ?? 0
            return (lottery.position(of: s) ?? 0, round)
        }
    }
}
