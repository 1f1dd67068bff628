/// The built-in note templates, written into `.grapevine/templates/` by `init` so users can
/// change them.
///
/// They use Mustache syntax. Every value comes twice: as written (`{{name}}`, for the body)
/// and ready for front matter (`{{name_yaml}}`: quoted when YAML needs it, so names such as
/// `Sam "Sunny" Reyes` or `Dr. Lee: Lab Lead` stay valid). Optional values are absent when not
/// given, so `{{#title_yaml}} {{.}}{{/title_yaml}}` writes nothing for a missing title. The
/// values: `name`, `today`; for contacts `organization`, `title`, `email`, `referred_by`,
/// `source`; for interviews `contact` (a `[[wikilink]]` to the person), `date` and `questions`
/// (the config's question bank, a list).
public enum DefaultTemplates {
    /// File name and text of each template.
    public static let all: [(file: String, text: String)] =
        [
            ("contact.md", contact), ("interview.md", interview), ("organization.md", organization),
        ] + DraftTemplates.all

    static let contact = """
        ---
        name: {{name_yaml}}
        organization:{{#organization_yaml}} {{.}}{{/organization_yaml}}
        title:{{#title_yaml}} {{.}}{{/title_yaml}}
        email:{{#email_yaml}} {{.}}{{/email_yaml}}
        linkedin:
        referred_by:{{#referred_by_yaml}} {{.}}{{/referred_by_yaml}}
        source:{{#source_yaml}} {{.}}{{/source_yaml}}
        added: {{today}}
        tags: []
        ---

        \(ContactPlaceholder.text)

        ## Log

        """

    static let interview = """
        ---
        contact: {{contact_yaml}}
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
        name: {{name_yaml}}
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
