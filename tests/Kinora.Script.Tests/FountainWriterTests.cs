using System.Text;
using CsCheck;

namespace Kinora.Script.Tests;

public class FountainWriterTests
{
    static string RoundTrip(string text) => FountainWriter.Write(FountainParser.Parse(text, "a"));

    [Fact]
    public void The_keeper_written_back_parses_to_the_same_tree()
    {
        var first = FountainParser.Parse(Samples.Keeper, "a");
        var again = FountainParser.Parse(FountainWriter.Write(first), "a");
        Assert.Equal(TreeShape.Of(first), TreeShape.Of(again));
    }

    static readonly string[] Words = ["the", "keeper", "ADA", "TOM", "*storm*", "**now**", "_lamp_", "\\*", "[[note]]", "waits", "CUT", "TO:", "INT.", "(beat)", "#", "=", ">", "<", "~", "!", "@", "^", ":", "...", "\t"];

    static readonly Gen<string> Word = Gen.OneOfConst(Words);

    static readonly Gen<string> Phrase = Word.Array[1, 6].Select(w => string.Join(" ", w));

    static readonly Gen<string> Element = Gen.OneOf(
        Phrase.Select(p => "INT. " + p.ToUpperInvariant() + " - NIGHT"),
        Phrase.Select(p => ".FORCED " + p.ToUpperInvariant()),
        Gen.Int[1, 99].Select(n => $"EXT. PLACE - DAY #{n}A#"),
        Phrase.Array[1, 3].Select(ls => string.Join("\n", ls)),
        Phrase.Select(p => "!" + p),
        Phrase.Select(p => "   " + p + "\n\t" + p),
        Gen.Select(Gen.OneOfConst("ADA", "TOM (V.O.)", "@McCLANE", "MARA (CONT'D) ^", "BOB ^"), Phrase.Array[1, 3], Gen.Bool,
            (cue, lines, paren) => cue + "\n" + (paren ? "(quietly)\n" : "") + string.Join("\n", lines.Select((l, i) => i == 1 ? "  \n" + l : l))),
        Gen.OneOfConst("CUT TO:", "> FADE OUT.", "> THE END <", "[[a note\n\nover lines]]", "# ACT ONE", "## Sequence", "= synopsis", "===", "~la la\n~la"),
        Phrase.Select(p => "ADA\n~" + p));

    static readonly Gen<string> Screenplay = Gen.Select(Gen.Bool, Element.Array[1, 12], Gen.Bool, (title, els, crlf) =>
    {
        var sb = new StringBuilder();
        if (title) sb.Append("Title: Test\nAuthor:\n    One\n    Two\n\n");
        sb.Append(string.Join("\n\n", els));
        return crlf ? sb.ToString().Replace("\n", "\r\n") : sb.ToString();
    });

    [Fact]
    public void Parse_write_parse_gives_the_same_tree_for_generated_screenplays()
    {
        Screenplay.Sample(text =>
        {
            var first = FountainParser.Parse(text, "a");
            var written = FountainWriter.Write(first);
            var second = FountainParser.Parse(written, "a");
            Assert.Equal(TreeShape.Of(first), TreeShape.Of(second));
            Assert.Equal(written, FountainWriter.Write(second));
        }, iter: 2000);
    }

    [Fact]
    public void Parse_write_parse_gives_the_same_tree_for_garbage_made_of_fountain_symbols()
    {
        Gen.Char[" \nAaIiNnTtEeXx.#=>~!@()[]*_^:/\\\t"].Array[0, 200].Select(cs => new string(cs)).Sample(text =>
        {
            var first = FountainParser.Parse(text, "a");
            var second = FountainParser.Parse(FountainWriter.Write(first), "a");
            Assert.Equal(TreeShape.Of(first), TreeShape.Of(second));
        }, iter: 5000);
    }

    [Fact]
    public void A_tree_made_in_code_is_forced_where_its_text_would_read_as_something_else()
    {
        var doc = new Document("x", [], [
            new SceneHeadingNode(default, "THE VOID", null, Forced: false),
            new ActionNode(default, "BANG\nThe door.", Forced: false),
            new DialogueBlockNode(default, "McCoy", [], Forced: false, Dual: false, [new DialogueNode(default, "Hi.")]),
            new TransitionNode(default, "Smash cut", Forced: false),
        ]);
        var body = FountainParser.Parse(FountainWriter.Write(doc), "x").Body;
        Assert.Collection(body,
            n => Assert.Equal("THE VOID", Assert.IsType<SceneHeadingNode>(n).Text),
            n => Assert.Equal("BANG\nThe door.", Assert.IsType<ActionNode>(n).Text),
            n => Assert.Equal("McCoy", Assert.IsType<DialogueBlockNode>(n).Name),
            n => Assert.Equal("Smash cut", Assert.IsType<TransitionNode>(n).Text));
    }
}
