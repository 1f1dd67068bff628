extension SiteTemplates {
    /// The referral graph as SVG: `graph-svg.html`, with `graph-referral.html` for each curve
    /// and `graph-person.html` for each box.
    func svg(of drawing: ReferralGraphDrawing) -> HTMLWriter {
        var values = PageValues(capacity: 10)
        var memo: TemplateShapes.Memo?
        var referrals = HTMLWriter(capacity: 96 * drawing.curves.count)
        for curve in drawing.curves {
            values.removeAll()
            values["tree"] = curve.isTree
            values["path"] = curve.path
            render("graph-referral", values, into: &referrals, memo: &memo)
        }
        memo = nil
        var people = HTMLWriter(capacity: 256 * drawing.boxes.count)
        for box in drawing.boxes {
            values.removeAll()
            values["href"] = box.href
            values["kind"] = box.kind
            values["node"] = box.node
            values["name"] = box.name
            values["label"] = box.label
            values["x"] = box.x
            values["y"] = box.y
            values["width"] = ReferralGraphDrawing.boxWidth
            values["height"] = ReferralGraphDrawing.boxHeight
            values["textX"] = box.textX
            values["textY"] = box.textY
            render("graph-person", values, into: &people, memo: &memo)
        }
        values.removeAll()
        values["width"] = drawing.width
        values["height"] = drawing.height
        values["minimumWidth"] = drawing.minimumWidth
        values.put("referrals", referrals)
        values.put("people", people)
        var svg = HTMLWriter(capacity: referrals.count + people.count + 2048)
        render("graph-svg", values, into: &svg)
        return svg
    }
}
