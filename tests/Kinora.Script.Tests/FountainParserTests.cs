using System.Collections.Immutable;

namespace Kinora.Script.Tests;

public class FountainParserTests
{
    static ImmutableArray<FountainNode> Body(string text) => FountainParser.Parse(text, "t.fountain").Body;

    static T Single<T>(string text) where T : FountainNode => Assert.IsType<T>(Assert.Single(Body(text)));

    [Fact]
    public void An_inline_title_page_gives_one_line_per_key()
    {
        var doc = FountainParser.Parse("Title: The Keeper\nCredit: Written by\nAuthor: Me\n\nINT. HOUSE - DAY\n", "t");
        Assert.Equal(["Title", "Credit", "Author"], doc.TitlePage.Select(f => f.Key));
        Assert.Equal("The Keeper", doc.TitlePage[0].Value);
        Assert.IsType<SceneHeadingNode>(Assert.Single(doc.Body));
    }

    [Fact]
    public void An_indented_title_value_keeps_each_line_whether_indented_by_spaces_or_tabs()
    {
        var doc = FountainParser.Parse("Title:\n    _**BRICK & STEEL**_\n\t_**FULL RETIRED**_\nAuthor: Stu\n\nEXT. YARD - DAY", "t");
        Assert.Equal(["_**BRICK & STEEL**_", "_**FULL RETIRED**_"], doc.TitlePage[0].Lines.ToArray());
        Assert.Equal("Stu", doc.TitlePage[1].Value);
        Assert.Equal("BRICK & STEEL\nFULL RETIRED", ScreenplayBuilder.Build(doc).Title);
    }

    [Fact]
    public void A_script_that_opens_with_fade_in_has_no_title_page()
    {
        var doc = FountainParser.Parse("FADE IN:\n\nINT. HOUSE - DAY\n", "t");
        Assert.Empty(doc.TitlePage);
        // Fountain only reads "... TO:" as a transition; FADE IN: is action unless forced with >.
        Assert.IsType<ActionNode>(doc.Body[0]);
    }

    [Theory]
    [InlineData("INT. HOUSE - DAY", "INT. HOUSE - DAY")]
    [InlineData("EXT HOUSE - NIGHT", "EXT HOUSE - NIGHT")]
    [InlineData("est. city - dawn", "est. city - dawn")]
    [InlineData("INT./EXT. CAR - DAY", "INT./EXT. CAR - DAY")]
    [InlineData("INT/EXT CAR - DAY", "INT/EXT CAR - DAY")]
    [InlineData("I/E CAR - DAY", "I/E CAR - DAY")]
    public void Every_heading_prefix_starts_a_scene(string line, string text)
    {
        var h = Single<SceneHeadingNode>("\n" + line + "\n\nSomething.\n".Split('\n')[0] + "\n");
        Assert.Equal(text, h.Text);
        Assert.False(h.Forced);
    }

    [Fact]
    public void A_forced_heading_drops_its_period_and_keeps_its_scene_number()
    {
        var h = Single<SceneHeadingNode>(".SNIPER SCOPE POV #1A#\n");
        Assert.Equal("SNIPER SCOPE POV", h.Text);
        Assert.Equal("1A", h.Number);
        Assert.True(h.Forced);
    }

    [Fact]
    public void An_ellipsis_is_action_not_a_forced_heading() => Single<ActionNode>("...and then nothing.\n");

    [Fact]
    public void Heading_parts_split_location_sub_parts_from_the_time_of_day()
    {
        var p = SceneHeadingParts.Of("INT. LIGHTHOUSE - LAMP ROOM - NIGHT");
        Assert.Equal(("INT", "LIGHTHOUSE - LAMP ROOM", "NIGHT"), (p.IntExt, p.Location, p.TimeOfDay));
        var q = SceneHeadingParts.Of("INT. LIGHTHOUSE - LAMP ROOM");
        Assert.Equal(("LIGHTHOUSE - LAMP ROOM", ""), (q.Location, q.TimeOfDay));
        Assert.Equal("INT/EXT", SceneHeadingParts.Of("I/E CAR - MOMENTS LATER").IntExt);
        Assert.Equal("MOMENTS LATER", SceneHeadingParts.Of("I/E CAR - MOMENTS LATER").TimeOfDay);
        Assert.Equal("EST", SceneHeadingParts.Of("EST. CITY - DAWN").IntExt);
    }

    [Fact]
    public void Forced_action_keeps_the_rest_of_its_line_and_its_indentation()
    {
        var a = Single<ActionNode>("!SCANNING THE AISLES...\n\tWhere is he?\n    Nowhere.\n");
        Assert.True(a.Forced);
        Assert.Equal("SCANNING THE AISLES...\n\tWhere is he?\n    Nowhere.", a.Text);
    }

    [Fact]
    public void A_two_space_line_keeps_an_action_paragraph_together()
    {
        var a = Single<ActionNode>("He waits.\n  \nAnd waits.\n");
        Assert.Equal("He waits.\n\nAnd waits.", a.Text);
    }

    [Fact]
    public void A_character_cue_with_extensions_is_folded_to_the_name()
    {
        var d = Single<DialogueBlockNode>("ADA (V.O.) (CONT'D)\nStill here.\n");
        Assert.Equal("ADA", d.Name);
        Assert.Equal(["V.O.", "CONT'D"], d.Extensions.ToArray());
        var e = Assert.IsType<DialogueElement>(Assert.Single(ScreenplayBuilder.Build(FountainParser.Parse("INT. A - DAY\n\nADA (CONT'D) (V.O.)\nHi.", "t")).Scenes[0].Elements));
        Assert.Equal("V.O.", e.Extension);
    }

    [Fact]
    public void A_forced_cue_may_use_lowercase()
    {
        var d = Single<DialogueBlockNode>("@McCLANE\nYippie ki-yay.\n");
        Assert.Equal("McCLANE", d.Name);
        Assert.True(d.Forced);
    }

    [Fact]
    public void A_capital_line_followed_by_a_blank_is_action_not_a_cue() => Single<ActionNode>("BOOM!\n\n");

    [Fact]
    public void Parentheticals_and_two_space_lines_stay_inside_the_dialogue()
    {
        var d = Single<DialogueBlockNode>("ADA\n(to herself)\nForty years.\n  \nStill.\n(beat)\nGo.\n");
        Assert.Collection(d.Parts,
            p => Assert.Equal("to herself", Assert.IsType<ParentheticalNode>(p).Text),
            p => Assert.Equal("Forty years.\n\nStill.", Assert.IsType<DialogueNode>(p).Text),
            p => Assert.Equal("beat", Assert.IsType<ParentheticalNode>(p).Text),
            p => Assert.Equal("Go.", Assert.IsType<DialogueNode>(p).Text));
    }

    [Fact]
    public void A_caret_marks_dual_dialogue_and_both_blocks_play_together()
    {
        var play = ScreenplayBuilder.Build(FountainParser.Parse("INT. A - DAY\n\nBRICK\nScrew retirement.\n\nSTEEL ^\nScrew retirement.\n\nBRICK\nAgain.", "t"));
        var lines = play.Scenes[0].Elements.Cast<DialogueElement>().ToList();
        Assert.Equal([true, true, false], lines.Select(l => l.Dual));
        Assert.Equal("STEEL", lines[1].Character);
    }

    [Fact]
    public void Lyrics_are_tilde_lines_alone_or_sung_inside_dialogue()
    {
        Assert.Equal("Willy Wonka!\nThe amazing chocolatier!", Single<LyricsNode>("~Willy Wonka!\n~The amazing chocolatier!\n").Text);
        var d = Single<DialogueBlockNode>("ADA\n~Row, row.\n");
        Assert.IsType<LyricsNode>(Assert.Single(d.Parts));
    }

    [Fact]
    public void Transitions_are_capital_lines_ending_in_to_or_forced_with_a_bracket()
    {
        var t = Single<TransitionNode>("\nCUT TO:\n\n");
        Assert.False(t.Forced);
        var f = Single<TransitionNode>("> Burn to White.\n");
        Assert.True(f.Forced);
        Assert.Equal("Burn to White.", f.Text);
    }

    [Fact]
    public void Centred_text_sits_between_brackets() => Assert.Equal("THE END", Single<CenteredNode>(">  THE END  <\n").Text);

    [Fact]
    public void A_note_alone_may_run_over_several_lines_and_a_note_inside_text_is_dropped_from_the_plain_text()
    {
        Assert.Equal("first\n\nsecond", Single<NoteNode>("[[first\n\nsecond]]\n").Text);
        var a = Single<ActionNode>("He [[check this]]waits.\n");
        Assert.Equal("He waits.", FountainInline.Plain(a.Text));
    }

    [Fact]
    public void Boneyard_is_removed_across_lines_and_later_lines_keep_their_numbers()
    {
        var body = Body("Before.\n\n/* gone\nADA\nHi.\n*/\n\nAfter.\n");
        Assert.Equal(["Before.", "After."], body.Cast<ActionNode>().Select(a => a.Text));
        Assert.Equal(8, body[1].Span.Start.Line);
    }

    [Fact]
    public void Sections_synopses_and_page_breaks_are_nodes()
    {
        var body = Body("# ACT ONE\n## Arrival\n= She comes home.\n===\n");
        Assert.Equal((1, "ACT ONE"), (((SectionNode)body[0]).Level, ((SectionNode)body[0]).Text));
        Assert.Equal(2, ((SectionNode)body[1]).Level);
        Assert.Equal("She comes home.", ((SynopsisNode)body[2]).Text);
        Assert.IsType<PageBreakNode>(body[3]);
    }

    [Fact]
    public void Emphasis_markers_and_escapes_give_styled_runs()
    {
        var runs = FountainInline.Runs("a *it* **bo** ***bi*** _un_ \\*lit\\* 5*3");
        Assert.Equal("a it bo bi un *lit* 5*3", string.Concat(runs.Select(r => r.Text)));
        Assert.Contains(runs, r => r.Text == "it" && r.Italic && !r.Bold);
        Assert.Contains(runs, r => r.Text == "bo" && r.Bold && !r.Italic);
        Assert.Contains(runs, r => r.Text == "bi" && r.Bold && r.Italic);
        Assert.Contains(runs, r => r.Text == "un" && r.Underline);
    }

    [Fact]
    public void Crlf_and_lf_give_the_same_tree()
    {
        var lf = Samples.Keeper.Replace("\r\n", "\n");
        var crlf = lf.Replace("\n", "\r\n");
        Assert.Equal(TreeShape.Of(FountainParser.Parse(lf, "a")), TreeShape.Of(FountainParser.Parse(crlf, "a")));
    }

    [Fact]
    public void Spans_point_at_the_first_character_and_past_the_last()
    {
        var body = Body("\n\n   ADA\n   (quietly)\n   Hello there.\n\n  !Forced.\n");
        var d = (DialogueBlockNode)body[0];
        Assert.Equal((3, 4), (d.Span.Start.Line, d.Span.Start.Column));
        Assert.Equal((5, 16), (d.Span.EndLine, d.Span.EndColumn));
        Assert.Equal((4, 4), (d.Parts[0].Span.Start.Line, d.Parts[0].Span.Start.Column));
        Assert.Equal((5, 4), (d.Parts[1].Span.Start.Line, d.Parts[1].Span.Start.Column));
        Assert.Equal((7, 3), (body[1].Span.Start.Line, body[1].Span.Start.Column));
        Assert.Equal("t.fountain", d.Span.Start.File);
    }
}
