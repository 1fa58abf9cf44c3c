namespace Kinora.World;

/// <summary>How a person moves between marks.</summary>
public enum Gait { Walk, Run }
