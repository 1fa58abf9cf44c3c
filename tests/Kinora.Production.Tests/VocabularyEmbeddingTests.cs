using Xunit.Abstractions;

namespace Kinora.Production.Tests;

/// <summary>
/// Free words onto the vocabulary through the sentence-embedding model. Every synonym here is absent from the
/// vocabulary's own word lists and anchors (a test checks that), so only the model can place it; every negative is
/// a word that must mean nothing in the category.
/// </summary>
public sealed class VocabularyEmbeddingTests(ITestOutputHelper output)
{
    public static readonly TheoryData<string, LocationKind> PlaceSynonyms = new()
    {
        { "woods", LocationKind.Forest }, { "the woods", LocationKind.Forest }, { "boulevard", LocationKind.Street },
        { "motorway", LocationKind.Road }, { "seaside", LocationKind.Beach }, { "wharf", LocationKind.Harbour },
        { "pasture", LocationKind.Meadow }, { "workplace", LocationKind.Office },
        { "bedroom", LocationKind.Interior }, { "living room", LocationKind.Interior }, { "bistro", LocationKind.Diner },
        { "lagoon", LocationKind.Beach }, { "canteen", LocationKind.Diner },
        { "rainforest", LocationKind.Forest }, { "quay", LocationKind.Harbour },
    };

    public static readonly TheoryData<string, string> ColourSynonyms = new()
    {
        { "rose", "red" }, { "violet", "purple" }, { "turquoise", "blue" }, { "indigo", "blue" }, { "magenta", "pink" },
    };

    public static readonly TheoryData<string, string> TimeSynonyms = new()
    {
        { "twilight", "DUSK" }, { "TWILIGHT", "DUSK" }, { "nightfall", "DUSK" }, { "sundown", "DUSK" },
        { "breakfast", "MORNING" }, { "lunchtime", "NOON" }, { "sunup", "DAWN" }, { "bedtime", "NIGHT" },
    };

    public static readonly TheoryData<string, string> WeatherSynonyms = new()
    {
        { "thunderstorm", "storm" }, { "hurricane", "storm" },
        { "snowfall", "snow" },
    };

    public static readonly TheoryData<string, string> GarmentSynonyms = new()
    {
        { "cardigan", "shirt" }, { "blouse", "shirt" }, { "gown", "dress" },
        { "tuxedo", "suit" }, { "hoodie", "shirt" }, { "tunic", "shirt" }, { "jersey", "shirt" },
    };

    static readonly string[] Unrelated = ["happiness", "quantum", "democracy", "xylophone", "the", "john", "algebra", "spoon", "continuous", "later"];

    [Theory, MemberData(nameof(PlaceSynonyms))]
    public void A_place_word_outside_the_vocabulary_maps_to_its_kind_of_set(string word, LocationKind kind) =>
        AssertMaps(Vocabulary.PlaceConcepts, word, kind);

    [Theory, MemberData(nameof(ColourSynonyms))]
    public void A_colour_word_outside_the_vocabulary_maps_to_its_colour(string word, string colour) =>
        AssertMaps(Vocabulary.ColourConcepts, word, colour);

    [Theory, MemberData(nameof(TimeSynonyms))]
    public void A_time_word_outside_the_vocabulary_maps_to_its_time_of_day(string word, string time) =>
        AssertMaps(Vocabulary.TimeOfDayConcepts, word, time);

    [Theory, MemberData(nameof(WeatherSynonyms))]
    public void A_weather_word_outside_the_vocabulary_maps_to_its_weather(string word, string weather) =>
        AssertMaps(Vocabulary.WeatherConcepts, word, weather);

    [Theory, MemberData(nameof(GarmentSynonyms))]
    public void A_garment_outside_the_vocabulary_maps_to_its_top(string word, string top) =>
        AssertMaps(Vocabulary.GarmentConcepts, word, top);

    [Fact]
    public void Unrelated_words_map_to_nothing_in_any_category()
    {
        foreach (var word in Unrelated)
        {
            Report(Vocabulary.PlaceConcepts, word); Report(Vocabulary.ColourConcepts, word); Report(Vocabulary.TimeOfDayConcepts, word);
            Report(Vocabulary.WeatherConcepts, word); Report(Vocabulary.GarmentConcepts, word);
        }
        foreach (var word in Unrelated)
        {
            Assert.Null(Vocabulary.PlaceConcepts.Nearest(word));
            Assert.Null(Vocabulary.ColourConcepts.Nearest(word));
            Assert.Null(Vocabulary.TimeOfDayConcepts.Nearest(word));
            Assert.Null(Vocabulary.WeatherConcepts.Nearest(word));
            Assert.Null(Vocabulary.GarmentConcepts.Nearest(word));
        }
    }

    [Fact]
    public void Words_of_other_categories_do_not_cross_over()
    {
        Assert.Null(Vocabulary.ColourConcepts.Nearest("forest"));
        Assert.Null(Vocabulary.PlaceConcepts.Nearest("crimson"));
        Assert.Null(Vocabulary.GarmentConcepts.Nearest("boulevard"));
        foreach (var word in (string[])["kitchen", "night", "day", "dusk", "dawn", "morning", "evening", "twilight", "forest", "the woods",
            "street", "harbour", "lighthouse", "beach", "island", "jetty", "lamp room", "continuous", "moments later"])
        {
            Report(Vocabulary.WeatherConcepts, word);
            Assert.Null(Vocabulary.WeatherConcepts.Nearest(word));
        }
        foreach (var word in (string[])["long", "old", "torn", "braid"])
        {
            Report(Vocabulary.GarmentConcepts, word);
            Assert.Null(Vocabulary.GarmentConcepts.Nearest(word));
        }
    }

    [Fact]
    public void The_tested_synonyms_are_not_in_the_vocabulary_itself()
    {
        var known = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (w, _) in Vocabulary.Places) known.Add(w);
        foreach (var (w, _) in Vocabulary.Colours) known.Add(w);
        foreach (var (w, _) in Vocabulary.Weather) known.Add(w);
        foreach (var (w, _) in Vocabulary.Garments) known.Add(w);
        foreach (var set in new IEnumerable<string>[] { Vocabulary.PlaceConcepts.Anchors, Vocabulary.ColourConcepts.Anchors,
            Vocabulary.TimeOfDayConcepts.Anchors, Vocabulary.WeatherConcepts.Anchors, Vocabulary.GarmentConcepts.Anchors })
            foreach (var a in set) known.Add(a);
        var synonyms = PlaceSynonyms.Select(r => (string)r[0]).Concat(ColourSynonyms.Select(r => (string)r[0]))
            .Concat(TimeSynonyms.Select(r => (string)r[0])).Concat(WeatherSynonyms.Select(r => (string)r[0])).Concat(GarmentSynonyms.Select(r => (string)r[0]));
        foreach (var s in synonyms)
        {
            Assert.DoesNotContain(s, known);
            Assert.Null(Vocabulary.HourOf(s, 6, 18));
            Assert.False(Vocabulary.Places.Any(p => Vocabulary.HasWord(s, p.Word)), $"'{s}' holds a place word");
        }
    }

    [Fact]
    public void The_same_word_gives_the_same_similarity_every_time()
    {
        var a = Vocabulary.PlaceConcepts.Closest("the woods")!;
        var b = Vocabulary.PlaceConcepts.Closest("THE WOODS")!;
        Assert.Equal(a, b);
        Assert.InRange(a.Similarity, 0.7, 0.9);
    }

    [Fact]
    public void Exact_words_win_over_the_model()
    {
        Assert.Equal(new Kinora.Core.Rgb(214, 110, 36), Vocabulary.ColourOf("orange"));
        Assert.Equal(Vocabulary.ColourOf("red"), Vocabulary.ColourOf("rose"));
        Assert.Equal(Vocabulary.ColourOf("purple"), Vocabulary.ColourOf("VIOLET"));
        Assert.Null(Vocabulary.ColourOf("spoon"));
    }

    [Fact]
    public void A_screenplay_in_free_words_is_planned_in_the_vocabulary()
    {
        static Kinora.Core.SourceLocation L(int line) => new("woods.fountain", line, 1);
        var play = new Kinora.Script.Screenplay("woods.fountain", [],
        [
            new Kinora.Script.Scene("EXT. THE WOODS - TWILIGHT", "EXT", "THE WOODS", "TWILIGHT", null, L(1),
                [new Kinora.Script.ActionElement(L(3), "ADA (60s), in a cardigan, walks between the trees.")]),
            new Kinora.Script.Scene("EXT. BOULEVARD - NIGHTFALL", "EXT", "BOULEVARD", "NIGHTFALL", null, L(5),
                [new Kinora.Script.ActionElement(L(7), "Ada walks on.")]),
        ]);
        var production = ProductionPlanner.Plan(play, null, new PlanRequest(1, null));
        Assert.Equal(LocationKind.Forest, production.Bible.Location("THE WOODS")!.Kind);
        Assert.Equal(LocationKind.Street, production.Bible.Location("BOULEVARD")!.Kind);
        Assert.Equal("shirt", production.Bible.Member("ADA")!.Top);
        var woods = production.Scenes[0];
        var (_, sunset) = StoryClock.SunriseSunset(woods.Location.Latitude, woods.Location.DayOfYear);
        Assert.Equal(sunset - 0.25, woods.Clock.Hour, 3);   // DUSK's hour
        Assert.Equal("clear", woods.Weather);
    }

    void AssertMaps<T>(ConceptSet<T> set, string word, T expected)
    {
        var m = Report(set, word);
        Assert.NotNull(m);
        Assert.Equal(expected, m.Value);
        Assert.True(m.Similarity >= set.Threshold, $"{word} → {m.Value} at {m.Similarity:0.000}, under the {set.Name} threshold {set.Threshold}");
    }

    ConceptMatch<T>? Report<T>(ConceptSet<T> set, string word)
    {
        var m = set.Closest(word);
        output.WriteLine(m is null ? $"{set.Name}: {word} → none" : $"{set.Name}: {word} → {m.Value} ({m.Anchor}) {m.Similarity:0.000}");
        return m;
    }
}
