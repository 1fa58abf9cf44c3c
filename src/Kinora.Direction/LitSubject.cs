using Kinora.World;

namespace Kinora.Direction;

/// <summary>
/// Someone in the crew's key: where they stand, and what the lamp finds on them (the luminance of the linear albedo of
/// their skin, their coat and their hair).
/// </summary>
public readonly record struct LitSubject(ActorState Actor, float Skin, float Coat, float Hair);
