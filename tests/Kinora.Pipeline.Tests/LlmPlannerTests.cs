using System.Diagnostics;
using Kinora.Core;
using Kinora.Script;

namespace Kinora.Pipeline.Tests;

/// <summary>The LLM planner against a chat-completions server on loopback, with the replies real servers give.</summary>
public sealed class LlmPlannerTests
{
    const string Prompt = "Ada, an old lighthouse keeper, rescues a sailor named Tom at night on a stormy island, and they watch the dawn together.";

    /// <summary>What a capable model writes for <see cref="Prompt"/> at two minutes.</summary>
    const string Good = """
        Title: The Keeper's Light
        Credit: Written by
        Author: A language model

        FADE IN:

        EXT. LIGHTHOUSE ISLAND - NIGHT

        A storm howls over black rocks. The lighthouse beam sweeps the sea.

        ADA (70s), an oilskin coat, a grey braid, climbs the path to the lighthouse door.

        INT. LIGHTHOUSE - LAMP ROOM - NIGHT

        ADA trims the wick. Through the glass: a flare, red, low on the water.

        ADA
        (to herself)
        Not tonight. Not on my watch.

        She grabs a coil of rope and runs for the stairs.

        EXT. LIGHTHOUSE ISLAND - JETTY - NIGHT

        Waves break over the jetty. A wrecked dinghy slams against the rocks. TOM (30s), soaked, a torn yellow jacket, clings to a post.

        TOM
        Help! Over here!

        ADA
        Take the rope! Tie it round you!

        TOM
        I can't feel my hands!

        ADA
        Then hold it with your teeth if you have to. Pull!

        ADA hauls. TOM staggers up onto the jetty and falls to his knees.

        INT. KEEPER'S COTTAGE - NIGHT

        A fire in the grate. TOM shivers under a blanket. ADA pours tea.

        TOM
        You came out in that. For a stranger.

        ADA
        Forty years I've kept this light. Nobody drowns in sight of it.

        TOM
        My boat's gone.

        ADA
        Boats can be built. Drink.

        EXT. LIGHTHOUSE ISLAND - CLIFF - DAWN

        The storm is gone. The sea lies flat and silver. ADA and TOM sit on the cliff edge, wrapped in one blanket, and watch the dawn together.

        TOM
        Is it always this beautiful?

        ADA
        Only after the worst nights.

        FADE OUT.
        """;

    static LlmSettings Settings(ChatServer server, double timeoutSeconds = 20, string? key = "test-key") =>
        new(server.BaseUrl, "test-model", key, TimeSpan.FromSeconds(timeoutSeconds));

    [Fact]
    public void A_good_screenplay_is_used_as_written_and_the_request_asks_for_fountain_of_the_length()
    {
        using var server = new ChatServer(ChatServer.Ok(Good));
        var warnings = new List<string>();
        var result = LlmPlanner.Write(Prompt, 120, 1, Settings(server), warnings.Add);

        Assert.True(result.FromModel);
        Assert.Empty(warnings);
        Assert.Contains("INT. LIGHTHOUSE - LAMP ROOM - NIGHT", result.ScreenplayText);
        var play = ScreenplayBuilder.Build(FountainParser.Parse(result.ScreenplayText, "llm"));
        Assert.Equal(5, play.Scenes.Length);
        Assert.Equal(["ADA", "TOM"], play.Cast.Order());

        var (path, auth, body) = Assert.Single(server.Requests);
        Assert.Equal("/v1/chat/completions", path);
        Assert.Equal("Bearer test-key", auth);
        Assert.Equal("test-model", body.RootElement.GetProperty("model").GetString());
        var messages = body.RootElement.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("content").GetString()!).ToList();
        Assert.Contains("Fountain", messages[0]);
        Assert.Contains("2 minutes", messages[1]);
        Assert.Contains(Prompt, messages[1]);
    }

    [Fact]
    public void A_screenplay_in_markdown_fences_after_a_chatty_preamble_is_repaired()
    {
        string fenced = "Sure! Here is a screenplay based on your prompt.\n\n```fountain\n" + Good.Replace("INT. KEEPER'S COTTAGE - NIGHT", "**INT. KEEPER'S COTTAGE - NIGHT**") + "\n```\n\nLet me know if you want changes!";
        using var server = new ChatServer(ChatServer.Ok(fenced));
        var warnings = new List<string>();
        var result = LlmPlanner.Write(Prompt, 120, 1, Settings(server), warnings.Add);

        Assert.True(result.FromModel);
        Assert.Empty(warnings);
        Assert.StartsWith("Title: The Keeper's Light", result.ScreenplayText);
        Assert.DoesNotContain("```", result.ScreenplayText);
        Assert.DoesNotContain("Let me know", result.ScreenplayText);
        Assert.Contains("\nINT. KEEPER'S COTTAGE - NIGHT\n", result.ScreenplayText);
        Assert.Equal(5, ScreenplayBuilder.Build(FountainParser.Parse(result.ScreenplayText, "llm")).Scenes.Length);
    }

    [Fact]
    public void Garbage_is_sent_back_once_with_what_was_wrong_and_a_second_good_draft_is_used()
    {
        using var server = new ChatServer(ChatServer.Ok("I'm sorry, but I can't help with writing screenplays today."), ChatServer.Ok(Good));
        var warnings = new List<string>();
        var result = LlmPlanner.Write(Prompt, 120, 1, Settings(server), warnings.Add);

        Assert.True(result.FromModel);
        Assert.Empty(warnings);
        Assert.Equal(2, server.Requests.Count);
        var retry = server.Requests[1].Body.RootElement.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("content").GetString()!).ToList();
        Assert.Equal(4, retry.Count);
        Assert.Contains("no scene headings", retry[^1]);
    }

    [Fact]
    public void Garbage_twice_falls_back_to_the_rule_based_planner_and_says_why()
    {
        using var server = new ChatServer(ChatServer.Ok("lorem ipsum dolor sit amet"), ChatServer.Ok("{\"screenplay\": null}"));
        var warnings = new List<string>();
        var result = LlmPlanner.Write(Prompt, 120, 1, Settings(server), warnings.Add);

        Assert.False(result.FromModel);
        Assert.Equal(StoryPlanner.Write(Prompt, 120, 1), result.ScreenplayText);
        var warning = Assert.Single(warnings);
        Assert.Contains("twice", warning);
        Assert.Contains("no scene headings", warning);
        Assert.Contains("rule-based planner", warning);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public void A_screenplay_that_loses_a_named_character_is_not_accepted()
    {
        string noTom = Good.Replace("TOM", "FINN").Replace("Tom", "Finn");
        using var server = new ChatServer(ChatServer.Ok(noTom), ChatServer.Ok(noTom));
        var warnings = new List<string>();
        var result = LlmPlanner.Write(Prompt, 120, 1, Settings(server), warnings.Add);
        Assert.False(result.FromModel);
        Assert.Contains("TOM, whom the prompt names, never appears", Assert.Single(warnings));
    }

    [Fact]
    public void An_http_500_falls_back_at_once_and_says_so()
    {
        using var server = new ChatServer(new ChatServer.Reply(500, "the model crashed"));
        var warnings = new List<string>();
        var clock = Stopwatch.StartNew();
        var result = LlmPlanner.Write(Prompt, 60, 2, Settings(server), warnings.Add);

        Assert.False(result.FromModel);
        Assert.Equal(StoryPlanner.Write(Prompt, 60, 2), result.ScreenplayText);
        Assert.Contains("HTTP 500", Assert.Single(warnings));
        Assert.Single(server.Requests);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public void A_page_of_html_where_json_belongs_falls_back_and_says_so()
    {
        using var server = new ChatServer(new ChatServer.Reply(200, "<html><body>502 Bad Gateway</body></html>", Raw: true));
        var warnings = new List<string>();
        var result = LlmPlanner.Write(Prompt, 60, 1, Settings(server), warnings.Add);
        Assert.False(result.FromModel);
        Assert.Contains("could not be read", Assert.Single(warnings));
    }

    [Fact]
    public void A_server_slower_than_the_timeout_falls_back_when_the_timeout_runs_out()
    {
        using var server = new ChatServer(ChatServer.Ok(Good, TimeSpan.FromSeconds(10)));
        var warnings = new List<string>();
        var clock = Stopwatch.StartNew();
        var result = LlmPlanner.Write(Prompt, 60, 1, Settings(server, timeoutSeconds: 1), warnings.Add);

        Assert.False(result.FromModel);
        Assert.Contains("no screenplay within 1 s", Assert.Single(warnings));
        Assert.InRange(clock.Elapsed.TotalSeconds, 0.9, 5);
    }

    [Fact]
    public void Cancelling_while_the_server_thinks_stops_the_planner()
    {
        using var server = new ChatServer(ChatServer.Ok(Good, TimeSpan.FromSeconds(10)));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
        var clock = Stopwatch.StartNew();
        Assert.ThrowsAny<OperationCanceledException>(() => LlmPlanner.Write(Prompt, 60, 1, Settings(server), _ => { }, cancel.Token));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public void An_endpoint_nobody_listens_on_falls_back()
    {
        int port;
        using (var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        }
        var warnings = new List<string>();
        var result = LlmPlanner.Write(Prompt, 60, 1, new LlmSettings(new Uri($"http://127.0.0.1:{port}/v1"), "m", null, TimeSpan.FromSeconds(5)), warnings.Add);
        Assert.False(result.FromModel);
        Assert.Contains("rule-based planner", Assert.Single(warnings));
    }

    [Fact]
    public void Planning_a_prompt_with_the_llm_planner_keeps_the_written_screenplay_for_workers()
    {
        using var server = new ChatServer(ChatServer.Ok(Good));
        var plan = Planning.Plan(new FilmSource.Prompt(Prompt), new PlanOverrides(Duration: 120, Width: 320, Height: 180, Seed: 1), new StoryPlanning(Settings(server)));
        Assert.Contains("INT. LIGHTHOUSE - LAMP ROOM - NIGHT", plan.ScreenplayText);
        Assert.Equal(5, plan.Production.Scenes.Length);
        Assert.InRange(plan.Production.Duration, 114, 126);
        var written = Assert.IsType<FilmSource.PromptScreenplay>(plan.Origin!.Source);
        // A worker plans the film again from its job, without asking the model.
        var job = SegmentJob.FromJson(SegmentJob.For(plan.Origin, new ShootOptions("x.mp4", Kinora.Render.RenderBackend.Cpu, null, 0), new RenderCache(Path.GetTempPath()), SegmentPlan.For(plan, Shoot.RenderOptionsFor(plan.Production, Kinora.Render.RenderBackend.Cpu, 0))).ToJson());
        var again = Planning.Plan(job.Origin.Source, job.Origin.Overrides);
        Assert.Equal(plan.ScreenplayText, again.ScreenplayText);
        Assert.Single(server.Requests);
        Assert.Equal(written.Text, plan.ScreenplayText);
    }

    [Theory]
    [InlineData(null, null, null, true)]
    [InlineData("http://127.0.0.1:8080/v1", "llama", null, false)]
    public void The_environment_names_the_endpoint_or_leaves_the_rules_in_charge(string? url, string? model, string? timeout, bool none)
    {
        var env = new Dictionary<string, string?> { [LlmSettings.BaseUrlVariable] = url, [LlmSettings.ModelVariable] = model, [LlmSettings.TimeoutVariable] = timeout };
        var settings = LlmSettings.From(k => env.GetValueOrDefault(k));
        Assert.Equal(none, settings is null);
        if (settings is not null)
        {
            Assert.Equal("llama", settings.Model);
            Assert.Equal(LlmSettings.DefaultTimeout, settings.Timeout);
            Assert.Null(settings.ApiKey);
        }
    }

    [Theory]
    [InlineData("ftp://host/v1", "m", null, "KINORA_LLM_BASE_URL")]
    [InlineData("http://127.0.0.1:8080/v1", null, null, "KINORA_LLM_MODEL")]
    [InlineData("http://127.0.0.1:8080/v1", "m", "soon", "KINORA_LLM_TIMEOUT")]
    public void A_half_configured_endpoint_is_bad_input(string url, string? model, string? timeout, string variable)
    {
        var env = new Dictionary<string, string?> { [LlmSettings.BaseUrlVariable] = url, [LlmSettings.ModelVariable] = model, [LlmSettings.TimeoutVariable] = timeout };
        var e = Assert.Throws<InputException>(() => LlmSettings.From(k => env.GetValueOrDefault(k)));
        Assert.Contains(e.Diagnostics, d => d.Where.File == variable);
    }
}
