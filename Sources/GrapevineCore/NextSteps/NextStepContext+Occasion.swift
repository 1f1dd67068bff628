extension NextStepContext {
    /// What a step about `meeting` is about (`NextStep.occasion`): the interview note's path,
    /// which stays as the person's other interviews come and go.
    func occasion(of meeting: Meeting) -> [String] {
        [meeting.file]
    }

    /// What a `thank-referrer` step is about: the interview with `met`. The step is about the
    /// referrer, who may have given you several people met in one interview.
    func occasion(of meeting: Meeting, with met: Graph.NodeID) -> [String] {
        [meeting.file, name(met)]
    }
}
