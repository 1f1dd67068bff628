/// The built-in note templates, written into `.grapevine/templates/` by `init` so users can
/// change them. They use Mustache syntax: `{{name}}`, `{{today}}`, `{{#questions}}…{{/questions}}`.
public enum DefaultTemplates {
    /// File name and text of each template.
    public static let all: [(file: String, text: String)] = [
        ("contact.md", contact), ("interview.md", interview), ("organization.md", organization),
    ]

    static let contact = """
        ---
        name: {{name}}
        organization:
        title:
        email:
        linkedin:
        referred_by:
        source:
        added: {{today}}
        tags: []
        ---

        How you know of them, what they do, and why you want to talk to them.

        ## Log

        """

    static let interview = """
        ---
        contact: "[[{{name}}]]"
        date: {{date}}
        duration: 20
        mode: video
        ---

        ## Agenda
        {{#questions}}
        - [ ] {{.}}
        {{/questions}}

        ## Notes

        ## Referrals

        ## Resources

        ## Leads

        ## Next steps

        """

    static let organization = """
        ---
        name: {{name}}
        industry:
        website:
        location:
        target: false
        motivation:
        posting: false
        ---

        ## Research

        """
}
