/// The box that the copies of a value with many fields share (`Note`, `Contact`, `Interview`):
/// copying the value is one retain, not one for each of its strings and arrays. A box is never
/// changed once made; changing a field gives the value a box of its own (`changing(_:)`).
final class Shared<Fields: Sendable>: Sendable {
    let fields: Fields

    init(_ fields: Fields) { self.fields = fields }

    /// A new box with the fields changed by `change`.
    func changing(_ change: (inout Fields) -> Void) -> Shared {
        var fields = fields
        change(&fields)
        return Shared(fields)
    }
}
