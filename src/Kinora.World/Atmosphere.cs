using System.Numerics;

namespace Kinora.World;

/// <summary>Weather as the renderer needs it: fog density per metre, fog colour (linear), rain/snow 0..1, wind m/s.</summary>
public sealed record Atmosphere(float FogDensity, Vector3 FogColour, float Rain, float Snow, float Wind);
