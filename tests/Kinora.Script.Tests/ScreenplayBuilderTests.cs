namespace Kinora.Script.Tests;

public class ScreenplayBuilderTests
{
    static Screenplay Keeper => ScreenplayBuilder.Build(FountainParser.Parse(Samples.Keeper, "the-keeper.fountain"));

    [Fact]
    public void The_keeper_has_five_scenes_with_their_locations_and_times()
    {
        var play = Keeper;
        Assert.Equal("The Keeper", play.Title);
        Assert.Equal(
            [
                ("EXT", "LIGHTHOUSE ISLAND", "DUSK"),
                ("INT", "LIGHTHOUSE - LAMP ROOM", "NIGHT"),
                ("EXT", "LIGHTHOUSE ISLAND - JETTY", "NIGHT"),
                ("INT", "KEEPER'S COTTAGE", "NIGHT"),
                ("EXT", "LIGHTHOUSE ISLAND - CLIFF", "DAWN"),
            ],
            play.Scenes.Select(s => (s.IntExt, s.Location, s.TimeOfDay)).ToArray());
    }

    [Fact]
    public void The_keepers_cast_is_ada_then_tom() => Assert.Equal(["ADA", "TOM"], Keeper.Cast.ToArray());

    [Fact]
    public void The_keepers_dual_dialogue_marks_both_lines()
    {
        var cottage = Keeper.Scenes[3].Elements.OfType<DialogueElement>().ToList();
        Assert.Equal(["Where am I?", "Somewhere nobody comes on purpose.", "I didn't."], cottage.Select(d => d.Text).ToArray());
        Assert.Equal([false, true, true], cottage.Select(d => d.Dual).ToArray());
    }

    [Fact]
    public void The_keepers_boneyard_line_is_gone()
    {
        Assert.DoesNotContain(Keeper.Scenes.SelectMany(s => s.Elements), e => e is DialogueElement d && d.Text.Contains("radio"));
        Assert.DoesNotContain("radio", ScreenplayJson.Write(Keeper));
    }

    [Fact]
    public void The_keepers_sections_synopsis_note_transitions_and_centred_end_are_kept()
    {
        var play = Keeper;
        Assert.Equal(["ACT ONE"], play.Scenes[0].Sections.ToArray());
        Assert.Equal(["A keeper alone on a rock, a storm coming in."], play.Scenes[0].Synopses.ToArray());
        Assert.Equal(["ACT TWO"], play.Scenes[3].Sections.ToArray());
        Assert.Contains(play.Scenes[2].Elements, e => e is NoteElement n && n.Text.StartsWith("Keep the storm"));
        Assert.Contains(play.Scenes[1].Elements, e => e is TransitionElement { Text: "CUT TO:" });
        Assert.Contains(play.Scenes[3].Elements, e => e is TransitionElement { Text: "FADE TO:" });
        Assert.Contains(play.Scenes[4].Elements, e => e is ActionElement { Centered: true, Text: "THE END" });
        var first = Assert.IsType<DialogueElement>(play.Scenes[1].Elements.First(e => e is DialogueElement));
        Assert.Equal(("ADA", "to herself"), (first.Character, first.Parenthetical));
    }

    [Fact]
    public void Scene_and_element_locations_point_into_the_file()
    {
        var lines = Samples.Keeper.Replace("\r\n", "\n").Split('\n');
        foreach (var scene in Keeper.Scenes)
        {
            Assert.Equal(scene.Heading, lines[scene.Where.Line - 1].Trim());
            foreach (var e in scene.Elements.OfType<DialogueElement>())
                Assert.StartsWith(e.Text.Split('\n')[0], lines[e.Where.Line - 1][(e.Where.Column - 1)..]);
        }
    }

    [Fact]
    public void A_scene_number_and_an_extension_reach_the_screenplay()
    {
        var play = ScreenplayBuilder.Build(FountainParser.Parse("INT. HOUSE - DAY #12B#\n\nADA (O.S.)\nHello?", "t"));
        Assert.Equal("12B", play.Scenes[0].Number);
        Assert.Equal("O.S.", ((DialogueElement)play.Scenes[0].Elements[0]).Extension);
    }

    [Fact]
    public void What_comes_before_the_first_heading_opens_the_first_scene()
    {
        var play = ScreenplayBuilder.Build(FountainParser.Parse("> FADE IN:\n\nINT. HOUSE - DAY\n\nQuiet.", "t"));
        var scene = Assert.Single(play.Scenes);
        Assert.IsType<TransitionElement>(scene.Elements[0]);
    }

    [Fact]
    public void Emphasis_and_inline_notes_are_removed_from_element_text()
    {
        var play = ScreenplayBuilder.Build(FountainParser.Parse("INT. HOUSE - DAY\n\nShe is *very* **angry**[[really?]].", "t"));
        Assert.Equal("She is very angry.", ((ActionElement)play.Scenes[0].Elements[0]).Text);
    }
}
