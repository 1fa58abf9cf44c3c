using System.Numerics;

namespace Kinora.World;

/// <summary>
/// A foot coming down: who, when (seconds of film time), which foot, where on the ground (metres, y = 0), and
/// whether they were walking or running. What footsteps are cut to.
/// </summary>
public readonly record struct FootContact(string Actor, double Time, bool Left, Vector3 Position, Gait Gait);
