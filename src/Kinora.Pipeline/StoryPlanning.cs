namespace Kinora.Pipeline;

/// <summary>
/// How a prompt becomes a screenplay: with <see cref="Llm"/> null by the rule-based planner alone, otherwise by asking
/// that endpoint first. <see cref="Warn"/> hears why the LLM planner fell back; <see cref="Cancel"/> stops the wait.
/// </summary>
public sealed record StoryPlanning(LlmSettings? Llm, Action<string>? Warn = null, CancellationToken Cancel = default);
