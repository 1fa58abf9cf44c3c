namespace Kinora.Script.Tests;

public class ScreenplayDraftTests
{
    const string Prompt = "A lighthouse keeper rescues a sailor named Tom at night.";

    const string Screenplay = """
        Title: Rescue

        EXT. LIGHTHOUSE ISLAND - NIGHT

        ADA (60s), an oilskin coat, runs down to the jetty. TOM (30s), soaked, clings to a post.

        ADA
        Take the rope!

        TOM
        I've got it!

        INT. KEEPER'S COTTAGE - NIGHT

        ADA pours tea. TOM shivers by the fire.

        TOM
        You came out in that.

        ADA
        Nobody drowns in sight of my light.
        """;

    [Fact]
    public void A_person_like_screenplay_passes_unchanged()
    {
        var review = ScreenplayDraft.Review(Screenplay, Prompt, 30);
        Assert.True(review.Usable, string.Join("; ", review.Problems));
        Assert.Empty(review.Repairs);
        Assert.Equal(Screenplay.Replace("\r\n", "\n").Trim() + "\n", review.Text);
    }

    [Fact]
    public void Fences_chat_and_markdown_headings_are_repaired_and_named()
    {
        string reply = "Here's your film!\n\n```fountain\n" + Screenplay.Replace("INT. KEEPER'S COTTAGE - NIGHT", "### INT. KEEPER'S COTTAGE - NIGHT") + "\n```\nEnjoy.";
        var review = ScreenplayDraft.Review(reply, Prompt, 30);
        Assert.True(review.Usable, string.Join("; ", review.Problems));
        Assert.Contains(review.Repairs, r => r.Contains("code fence"));
        Assert.Contains(review.Repairs, r => r.Contains("markdown"));
        Assert.Equal(2, ScreenplayBuilder.Build(FountainParser.Parse(review.Text!, "r")).Scenes.Length);
        Assert.DoesNotContain("Enjoy", review.Text);

        var chatty = ScreenplayDraft.Review("Sure, here it is:\n\n" + Screenplay, Prompt, 30);
        Assert.True(chatty.Usable);
        Assert.StartsWith("Title: Rescue", chatty.Text);
        Assert.Contains(chatty.Repairs, r => r.Contains("prose before the screenplay"));
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("Once upon a time a keeper saved a sailor. The end.", "no scene headings")]
    [InlineData("EXT. SEA - NIGHT\n\nWaves.\n", "TOM, whom the prompt names, never appears")]
    public void What_is_not_a_screenplay_of_the_prompt_says_why(string reply, string problem)
    {
        var review = ScreenplayDraft.Review(reply, Prompt, 30);
        Assert.False(review.Usable);
        Assert.Contains(review.Problems, p => p.Contains(problem));
    }

    [Fact]
    public void A_sketch_far_shorter_than_the_film_asked_for_is_not_enough()
    {
        var review = ScreenplayDraft.Review(Screenplay, Prompt, 600);
        Assert.Contains(review.Problems, p => p.Contains("far short of the 600 s"));
    }
}
