extension Double {
    /// The number as people write it: whole numbers without a point, others to three places.
    public var decimalText: String {
        if self == rounded(), abs(self) < 1e15 { return String(Int(self)) }
        return String((self * 1000).rounded() / 1000)
    }
}
