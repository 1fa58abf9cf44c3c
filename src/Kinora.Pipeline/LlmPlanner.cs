using System.ClientModel;
using System.ClientModel.Primitives;
using System.Globalization;
using Kinora.Script;
using OpenAI;
using OpenAI.Chat;

namespace Kinora.Pipeline;

/// <summary>What the LLM planner gave: the screenplay, and whether it came from the model or the rule-based planner stood in.</summary>
public sealed record LlmPlanResult(string ScreenplayText, bool FromModel);

/// <summary>
/// The optional planner that asks a language model for the screenplay, through any OpenAI-compatible chat endpoint
/// (the official OpenAI .NET library). What comes back is read like a person's screenplay (<see cref="ScreenplayDraft"/>):
/// repaired where a careful reader would, asked for once more when it is not a usable screenplay of the prompt, and
/// replaced by <see cref="StoryPlanner"/>'s when it still is not, or when the endpoint fails or does not answer in time.
/// Every such fallback is said, with its reason, through the warning callback. The caller's cancellation is honoured.
/// </summary>
public static class LlmPlanner
{
    public static LlmPlanResult Write(string prompt, double durationSeconds, long seed, LlmSettings settings, Action<string> warn, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(warn);
        LlmPlanResult Fallback(string why)
        {
            warn($"the LLM planner at {settings.BaseUrl} ({settings.Model}) {why}; the rule-based planner writes the screenplay instead");
            return new LlmPlanResult(StoryPlanner.Write(prompt, durationSeconds, seed), FromModel: false);
        }

        var options = new OpenAIClientOptions
        {
            Endpoint = settings.BaseUrl,
            // The timeout below is the one that counts; the pipeline's own is only a backstop behind it.
            NetworkTimeout = settings.Timeout + TimeSpan.FromSeconds(5),
            // One answer or a clear failure: a failing server is not hammered, and the user is not kept waiting.
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            UserAgentApplicationId = "kinora",
        };
        var client = new ChatClient(settings.Model, new ApiKeyCredential(settings.ApiKey ?? "no-key"), options);
        var messages = new List<ChatMessage> { new SystemChatMessage(Brief(durationSeconds)), new UserChatMessage(Request(prompt, durationSeconds)) };
#pragma warning disable OPENAI001 // the seed is a request to the server to repeat itself; servers that ignore it are fine
        var completion = new ChatCompletionOptions
        {
            Temperature = 0.8f,
            Seed = seed,
            MaxOutputTokenCount = (int)Math.Clamp(1500 + durationSeconds * 12, 2000, 16000),
        };
#pragma warning restore OPENAI001

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        deadline.CancelAfter(settings.Timeout);
        for (int attempt = 1; ; attempt++)
        {
            string reply;
            try
            {
                ClientResult<ChatCompletion> result = client.CompleteChat(messages, completion, deadline.Token);
                reply = string.Concat(result.Value.Content.Where(p => p.Kind == ChatMessageContentPartKind.Text).Select(p => p.Text));
            }
            catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
            {
                return Fallback($"gave no screenplay within {settings.Timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s ({LlmSettings.TimeoutVariable})");
            }
            catch (ClientResultException e)
            {
                return Fallback(e.Status > 0 ? $"answered HTTP {e.Status}: {OneLine(e.Message)}" : $"could not be reached: {OneLine(e.Message)}");
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Whatever a server sends back (HTML from a proxy, a truncated body), planning goes on without it.
                return Fallback($"could not be read: {OneLine(e.Message)}");
            }
            cancel.ThrowIfCancellationRequested();

            var review = ScreenplayDraft.Review(reply, prompt, durationSeconds);
            if (review.Usable) return new LlmPlanResult(review.Text!, FromModel: true);
            string problems = string.Join("; ", review.Problems);
            if (attempt >= 2) return Fallback($"twice wrote something that is not a usable screenplay ({problems})");
            // Once more, telling it what was wrong, the way an editor would send a draft back.
            messages.Add(new AssistantChatMessage(reply));
            messages.Add(new UserChatMessage($"That is not a usable screenplay: {problems}. Write the whole screenplay again, in Fountain only, with no commentary and no code fences."));
        }
    }

    static string Brief(double seconds) => $"""
        You are a screenwriter. You write short films in Fountain 1.1 plain text, and nothing else: no markdown, no code fences, no commentary before or after.
        Start with a title page (Title:, Credit:, Author:), then FADE IN:. Every scene starts with a scene heading such as INT. LIGHTHOUSE - LAMP ROOM - NIGHT or EXT. PIER - DAWN.
        Character cues are in capitals on their own line; dialogue follows on the next line. Introduce each character in an action line the first time, with their age in brackets and what they look like, e.g. ADA (60s), an oilskin coat, a grey braid, climbs the stairs.
        Action lines say what a camera sees, in the present tense, with simple physical verbs (walks, runs, sits, stands, turns, looks at, picks up, points at).
        Keep every person, place, time of day and event the user's prompt names, in the prompt's order, and end the film where the prompt ends it.
        Build it as a story: a setup, something that breaks the routine, rising trouble, a turn, a climax, a resolution. Every scene different; no line of dialogue said twice.
        The film must play for about {Minutes(seconds)}: roughly one page, or one scene of 40 to 70 seconds, per minute.
        """;

    static string Request(string prompt, double seconds) => $"Write the screenplay for this film, about {Minutes(seconds)} long:\n\n{prompt.Trim()}";

    static string Minutes(double seconds) => seconds < 90
        ? $"{Math.Round(seconds).ToString(CultureInfo.InvariantCulture)} seconds"
        : $"{(seconds / 60).ToString("0.#", CultureInfo.InvariantCulture)} minutes";

    static string OneLine(string s)
    {
        var line = s.ReplaceLineEndings(" ").Trim();
        return line.Length > 200 ? line[..200] + "…" : line;
    }
}
