using System.Collections.Immutable;
using Kinora.Core;

namespace Kinora.Production.Tests;

/// <summary>The bible's face, palette, aspect and season: read strictly, filled from the seed, written back, and used.</summary>
public sealed class BibleSchemaTests
{
    static Bible Read(string yaml) => BibleYaml.Parse(yaml, "bible.yaml");

    [Fact]
    public void Face_palette_aspect_and_season_read_back_as_written()
    {
        var bible = Read("""
            style:
              look: warm
              grain: 0.2
              palette: ["#102030", "#a0b0c0"]
              aspect: 2.39
            cast:
              - name: ADA
                age: 60
                face:
                  width: 0.8
                  nose: 0.2
                  brow: 0.9
                  eyes: "#4a6a8a"
            locations:
              - name: ISLAND
                kind: island
                latitude: -34
                season: winter
            """);
        Assert.Equal([new Rgb(0x10, 0x20, 0x30), new Rgb(0xa0, 0xb0, 0xc0)], bible.Style.Palette.ToArray());
        Assert.Equal(2.39, bible.Style.AspectRatio);
        Assert.Equal(new Face(0.8, 0.2, 0.9, new Rgb(0x4a, 0x6a, 0x8a)), bible.Member("ADA")!.Face);
        var island = bible.Location("ISLAND")!;
        Assert.Equal(Season.Winter, island.Season);
        Assert.InRange(island.DayOfYear, 152, 243);   // southern winter is the northern summer's dates
        var again = Read(BibleYaml.Write(bible));
        Assert.Equal(BibleYaml.Write(bible), BibleYaml.Write(again));
        Assert.Equal(bible.Member("ADA")!.Face, again.Member("ADA")!.Face);
        Assert.Equal(bible.Style.Palette.ToArray(), again.Style.Palette.ToArray());
        Assert.Equal(2.39, again.Style.AspectRatio);
    }

    [Fact]
    public void What_the_bible_leaves_out_is_filled_from_the_seed_and_written_back()
    {
        var planned = ProductionPlanner.Plan(Screenplays.Keeper(), null, new PlanRequest(4, null)).Bible;
        string text = BibleYaml.Write(planned);
        Assert.Contains("palette: [", text);
        Assert.Contains("aspect: frame", text);
        Assert.Contains("face:", text);
        Assert.Contains("season: ", text);
        var back = BibleYaml.Parse(text, "bible.yaml");
        Assert.Null(back.Style.AspectRatio);
        Assert.Equal(planned.Style.Colours.ToArray(), back.Style.Colours.ToArray());
        Assert.Equal(planned.Cast.Select(c => c.Face), back.Cast.Select(c => c.Face));
        var replanned = ProductionPlanner.Plan(Screenplays.Keeper(), back, new PlanRequest(4, null)).Bible;
        Assert.Equal(text, BibleYaml.Write(replanned));
    }

    [Fact]
    public void Faces_differ_between_characters_and_follow_the_description()
    {
        var a = Casting.Describe("ADA", "ADA (60s), a broad face, blue eyes, a big nose.", 1, 0);
        var b = Casting.Describe("TOM", "TOM (30s).", 1, 1);
        Assert.Equal(0.85, a.Face.Width);
        Assert.Equal(0.85, a.Face.Nose);
        Assert.Equal(Vocabulary.ColourOf("blue"), a.Face.Eyes);
        Assert.NotEqual(a.Face, b.Face);
        Assert.Equal(b.Face, Casting.Describe("TOM", "TOM (30s).", 1, 1).Face);
    }

    [Theory]
    [InlineData("SAM (30s), the warehouse worker, in a high-visibility vest.")]
    [InlineData("SAM (30s), in a hi-vis jacket and steel-capped boots.")]
    public void A_high_visibility_vest_is_fluorescent_yellow_whatever_the_palette(string description)
    {
        var palette = new[] { new Rgb(40, 40, 60), new Rgb(60, 40, 30) };
        var sam = Casting.Describe("SAM", description, 1, 0, palette);
        Assert.Equal("jacket", sam.Top);
        Assert.Equal(Vocabulary.SafetyYellow, sam.TopColour);
        // A colour the screenplay names still wins.
        Assert.Equal(Vocabulary.ColourOf("orange"), Casting.Describe("SAM", "SAM (30s), in an orange hi-vis vest.", 1, 0, palette).TopColour);
    }

    [Fact]
    public void The_palette_dresses_the_cast_the_screenplay_leaves_undescribed()
    {
        var palette = ImmutableArray.Create(new Rgb(200, 10, 10), new Rgb(10, 10, 200));
        var bible = ProductionPlanner.Plan(Screenplays.Keeper(), null, new PlanRequest(4, null)).Bible;
        var styled = bible with { Style = bible.Style with { Palette = palette }, Cast = [] };
        var cast = ProductionPlanner.Plan(Screenplays.Keeper(), styled, new PlanRequest(4, null)).Bible.Cast;
        Assert.Contains(cast, c => palette.Contains(c.BottomColour));
        Assert.All(cast, c => Assert.Contains(c.BottomColour, palette));
    }

    [Theory]
    [InlineData(172, 45, Season.Summer)]
    [InlineData(172, -33.9, Season.Winter)]
    [InlineData(15, 51.5, Season.Winter)]
    [InlineData(105, 51.5, Season.Spring)]
    [InlineData(288, 40, Season.Autumn)]
    [InlineData(288, -40, Season.Spring)]
    public void The_season_is_the_date_read_through_the_hemisphere(int day, double latitude, Season season) =>
        Assert.Equal(season, Seasons.Of(day, latitude));

    [Fact]
    public void A_season_given_without_a_day_moves_the_sun()
    {
        var winter = Read("locations:\n  - name: A\n    kind: meadow\n    latitude: 52\n    season: winter\n").Location("A")!;
        var summer = Read("locations:\n  - name: A\n    kind: meadow\n    latitude: 52\n    season: summer\n").Location("A")!;
        var (wRise, wSet) = StoryClock.SunriseSunset(winter.Latitude, winter.DayOfYear);
        var (sRise, sSet) = StoryClock.SunriseSunset(summer.Latitude, summer.DayOfYear);
        Assert.InRange(wSet - wRise, 7, 9.5);     // a January day at 52° N is about 8 hours long
        Assert.InRange(sSet - sRise, 15.5, 17.5); // a July day about 16
    }

    [Theory]
    [InlineData("style:\n  aspect: 4.5\n", 2, 11, "between 1 and 3")]
    [InlineData("style:\n  aspect: wide\n", 2, 11, "must be a number")]
    [InlineData("style:\n  palette: []\n", 2, 12, "give 1 to 12")]
    [InlineData("style:\n  palette: [\"#123456\", red]\n", 2, 24, "palette colour must be like")]
    [InlineData("style:\n  palette: \"#123456\"\n", 2, 12, "list of '- ' items")]
    [InlineData("cast:\n  - name: ADA\n    age: 40\n    face:\n      width: 2\n", 5, 14, "between 0 and 1")]
    [InlineData("cast:\n  - name: ADA\n    age: 40\n    face:\n      chin: 1\n", 5, 7, "unknown key 'chin'")]
    [InlineData("cast:\n  - name: ADA\n    age: 40\n    face:\n      eyes: blue\n", 5, 13, "colour like")]
    [InlineData("cast:\n  - name: ADA\n    age: 40\n    face: round\n", 4, 11, "face must be a mapping")]
    [InlineData("locations:\n  - name: A\n    kind: forest\n    season: monsoon\n", 4, 13, "use one of spring, summer, autumn, winter")]
    [InlineData("locations:\n  - name: A\n    kind: forest\n    latitude: 50\n    day_of_year: 190\n    season: winter\n", 6, 13, "is summer at latitude 50, not winter")]
    public void Bad_values_in_the_new_fields_say_where_and_what(string yaml, int line, int column, string message)
    {
        var e = Assert.Throws<InputException>(() => Read(yaml));
        var d = e.Diagnostics[0];
        Assert.Equal((line, column), (d.Where.Line, d.Where.Column));
        Assert.Contains(message, d.Message);
    }
}
